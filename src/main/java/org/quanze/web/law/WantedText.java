package org.quanze.web.law;

import org.quanze.queries.Fills;

/** A document cited of which no official text is held: its title as the lists write it, citations and files. */
@Fills("laws-wanted")
record WantedText(String document, String shortTitle, String title, Integer citations, Integer files) {
}
