package org.quanze.web.law;

import org.quanze.queries.Fills;

/** A version of a document as the document's page lists it ({@code official}: "true" when its text is held). */
@Fills("document-versions")
record DocumentVersion(String version, String label, String versionDate, String number, String inForce,
                       String noLongerInForce, String official, long articles, long citations) {
}
