package org.quanze.web.law;

import org.quanze.queries.Fills;

/** A legal document as its page heads it. */
@Fills("document")
record DocumentFacts(String shortTitle, String title, String level) {
}
