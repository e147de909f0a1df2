package org.quanze.web.law;

import org.quanze.queries.Fills;

/** A legal document of the graph as the laws page lists it: level, versions, official texts held, citations. */
@Fills("laws")
record LegalDocument(String document, String shortTitle, String level, long versions, long official, long citations) {
}
