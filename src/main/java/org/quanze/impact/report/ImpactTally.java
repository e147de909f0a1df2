package org.quanze.impact.report;

import org.quanze.impact.correspondence.ChangeType;

/**
 * One citation as the impact report counts it: its list, its power, the unit of the entry it backs,
 * the article it cites and what the revision did to that article. A report counts every citation
 * this way and shows a page of them in full ({@link ImpactRow}).
 *
 * @param unitName   the unit named for the entry; empty when none is
 * @param citesNewer whether the citation is of the new version (as {@link ImpactRow#citesNewer})
 */
public record ImpactTally(String citation, String list, String listTitle, String power, int powerNumber,
                          String unitName, int articleNumber, ChangeType change, boolean citesNewer) {

    /** The list's title, or its IRI when it has none. */
    public String listLabel() {
        return listTitle != null ? listTitle : list;
    }
}
