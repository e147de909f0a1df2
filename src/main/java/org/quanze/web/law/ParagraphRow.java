package org.quanze.web.law;

import org.quanze.queries.Fills;

/** A paragraph of an article, one row per item of it (item null for a paragraph without items). */
@Fills("article-paragraphs")
record ParagraphRow(String paragraph, Integer number, String text, String item, String itemNumber, String itemText) {
}
