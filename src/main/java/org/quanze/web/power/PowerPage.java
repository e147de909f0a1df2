package org.quanze.web.power;

import java.util.List;
import org.quanze.web.CitationView;

/**
 * What the power page shows: the power, its own basis, its duties and cases each with their basis,
 * the basis a list gives for all the duties or all the cases at once, and its cells.
 */
record PowerPage(String iri, PowerFacts power, List<CitationView> basis, List<Entry> duties, List<CitationView> dutiesBasis,
                 List<Entry> cases, List<CitationView> casesBasis, List<SourceCellRow> cells) {

    /** A duty or an accountability case with the citations that back it. */
    record Entry(String iri, String kind, int number, String name, String description, String text, String org,
                 String orgName, List<CitationView> basis) {

        /** The anchor of the entry on the power page: duty-3, case-2. */
        public String anchor() {
            return kind + "-" + number;
        }

        /** What the entry's heading shows: a duty's name; a case, which has none, by its description. */
        public String heading() {
            return "duty".equals(kind) ? name : description;
        }

        /** What is shown below the heading: a duty's description; nothing for a case. */
        public String detail() {
            return "duty".equals(kind) ? description : null;
        }
    }
}
