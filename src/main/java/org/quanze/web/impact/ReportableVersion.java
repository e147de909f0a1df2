package org.quanze.web.impact;

import org.quanze.queries.Fills;

/** A version with official text of a document an impact report can be made for. */
@Fills("impact-documents")
record ReportableVersion(String document, String documentKey, String title, String version, String versionDate,
                         String inForce) {
}
