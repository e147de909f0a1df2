package org.quanze.web.law;

import org.quanze.queries.Fills;

/** A version of a document as the document's page lists it ({@code official}: whether its text is held, read by value). */
@Fills("document-versions")
record DocumentVersion(String version, String label, String versionDate, String number, String inForce,
                       String noLongerInForce, boolean official, long articles, long citations) {
}
