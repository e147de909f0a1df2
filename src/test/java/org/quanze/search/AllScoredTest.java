package org.quanze.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hit of a query, sorted once, is what Lucene's own top-N collector gives for the same limit: the same
 * documents with the same scores in the same order, ties (the same line indexed again) included, over several
 * segments, for a limit below, at and above the number of hits.
 */
class AllScoredTest {

    @Test
    void shouldGiveTheDocumentsAndScoresOfLucenesTopHitsInTheirOrder(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("data/laws/secrecy-law-2024.md"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int copy = 0; copy < 3; copy++) {
                for (String line : lines) {
                    Document doc = new Document();
                    doc.add(new TextField("text", line, Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit(); // a segment a copy
            }
        }
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).hasSizeGreaterThan(1);
            IndexSearcher searcher = new IndexSearcher(reader);
            QueryParser parser = new QueryParser("text", new StandardAnalyzer());
            int compared = 0;
            for (String words : List.of("国家秘密", "保密", "密", "罚款 OR 处分", "\"国家秘密\"")) {
                Query query = parser.parse(words);
                int total = searcher.count(query);
                assertThat(total).as(words).isGreaterThan(3);
                for (int limit : new int[] {1, 3, total - 1, total, total + 10, 3000}) {
                    ScoreDoc[] lucene = searcher.search(query, limit).scoreDocs;
                    ScoreDoc[] all = AllScored.best(searcher, query, limit);
                    assertThat(Arrays.stream(all).map(d -> d.doc + "@" + d.score).toList()).as(words + " " + limit)
                            .isEqualTo(Arrays.stream(lucene).map(d -> d.doc + "@" + d.score).toList());
                    compared += all.length;
                }
            }
            assertThat(compared).isGreaterThan(500);
        }
    }
}
