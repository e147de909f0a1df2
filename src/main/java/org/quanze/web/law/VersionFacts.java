package org.quanze.web.law;

import org.quanze.queries.Fills;

/** A version of a document as its page heads it ({@code official}: whether its text is held, read by value). */
@Fills("version")
record VersionFacts(String label, String document, String shortTitle, String versionDate, String number, String inForce,
                    String noLongerInForce, String order, boolean official) {
}
