package org.quanze.ingest.list;

/**
 * A structural reference as written ({@code 第四章第二十三条第三款}), its numbers (chapter,
 * paragraph and item null when not written), and the text quoted after its colon.
 */
public record ArticleRef(String reference, Integer chapter, int article, Integer paragraph, Integer item,
                         String quote) {
}
