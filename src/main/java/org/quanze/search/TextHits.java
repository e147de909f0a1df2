package org.quanze.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Searches on one state of the text index, for a page that counts every hit of some words and shows a few: the hits
 * are found with their subjects read from doc values, and only the literals of those shown are read from the stored
 * fields. At 100× the data, reading the stored fields of the 1,579 hits of 收缴 (each decompressing its block) was a
 * third of the search page's time; the page shows 105 of them. Close it to let that state of the index go: the
 * documents found by one are read from it.
 */
public final class TextHits implements AutoCloseable {

    /** A hit: its subject, its score, and where its stored fields are in this state of the index. */
    public record Found(String hit, float score, int doc) {
    }

    /** Parses words for one field as {@code text:query} does. */
    interface Parser {
        Query parse(String field, String words) throws ParseException;
    }

    private final IndexSearcher searcher;
    private final EntityDefinition definition;
    private final Parser parser;
    private final Runnable release;
    /** The stored fields of this state of the index, opened at the first literal read (one search, one thread). */
    private StoredFields stored;

    TextHits(IndexSearcher searcher, EntityDefinition definition, Parser parser, Runnable release) {
        this.searcher = searcher;
        this.definition = definition;
        this.parser = parser;
        this.release = release;
    }

    /**
     * The subjects whose {@code property} holds the words (read as {@code text:query} reads them), best first, at
     * most {@code limit}: the hits and scores of {@code (?s ?score) text:query (property words limit)}, in its order.
     */
    public List<Found> find(Node property, String words, int limit) {
        String field = field(property);
        try {
            return subjects(AllScored.best(searcher, parser.parse(field, words), limit));
        } catch (ParseException e) {
            throw new TextIndexParseException(words, e.getMessage());
        } catch (IOException e) {
            throw new TextIndexException("query", e);
        }
    }

    /** The literal of {@code property} a hit was found in, read from its stored fields. */
    public String literal(Found found, Node property) {
        try {
            return stored().document(found.doc()).get(field(property));
        } catch (IOException e) {
            throw new TextIndexException("read a hit", e);
        }
    }

    private StoredFields stored() throws IOException {
        if (stored == null) {
            stored = searcher.storedFields();
        }
        return stored;
    }

    /** The places of the hits in {@code found}, in the order of the documents in the index (each read in turn). */
    static int[] inIndexOrder(ScoreDoc[] found) {
        // Each place as one key, its document in the high half: sorted as numbers, unboxed.
        long[] byDoc = new long[found.length];
        Arrays.setAll(byDoc, i -> (long) found[i].doc << 32 | i);
        Arrays.sort(byDoc);
        return Arrays.stream(byDoc).mapToInt(k -> (int) k).toArray();
    }

    private String field(Node property) {
        String field = definition.getField(property);
        if (field == null) {
            throw new IllegalArgumentException("not indexed: " + property);
        }
        return field;
    }

    /** The subjects of the documents found, read from their doc values in the index's order. */
    private List<Found> subjects(ScoreDoc[] found) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Found[] hits = new Found[found.length];
        int leafAt = -1;
        SortedDocValues values = null;
        for (int i : inIndexOrder(found)) {
            int doc = found[i].doc;
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafAt) {
                leafAt = leaf;
                values = DocValues.getSorted(leaves.get(leaf).reader(), KeptOpenTextIndex.HIT);
            }
            String hit = values.advanceExact(doc - leaves.get(leaf).docBase)
                    ? values.lookupOrd(values.ordValue()).utf8ToString()
                    // A document indexed without the doc value: its stored subject.
                    : stored().document(doc).get(definition.getEntityField());
            hits[i] = new Found(hit, found[i].score, doc);
        }
        return Arrays.asList(hits);
    }

    @Override
    public void close() {
        release.run();
    }
}
