package org.quanze.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * jena-text's Lucene index, searched through a reader kept open between commits instead of one opened for every
 * {@code text:query}, and reading the stored fields of the hits in the order of the index. At 100× the data, opening
 * the reader (reading and checksumming every segment's files, once per field searched) was a tenth of a search
 * page's time. Reading the hits' stored fields was a third: in the index's order the reader moves from block to block
 * once, but each hit still decompresses its part of its block, which is why the search page reads its hits' IRIs
 * from doc values instead ({@link TextHits}).
 *
 * <p>Only the query jena-text runs for a plain {@code text:query} is taken over — fields, words, the graph asked, a
 * subject, a limit — and its answers are jena-text's own (same hits, same scores, same order: pinned by
 * {@code KeptOpenTextIndexTest} against jena-text's path on the same index). A query with a language or highlighting
 * goes to jena-text's own path, which handles them.
 *
 * <p>Each document also keeps its subject's IRI as a doc value ({@link #HIT}), so that the search page can find every
 * hit of its words without reading their stored fields ({@link TextHits}): it counts them all and shows about a hundred.
 */
final class KeptOpenTextIndex extends TextIndexLucene {

    /** jena-text's own cap when a query names no limit. */
    private static final int MAX_HITS = 10_000;
    private static final String DATATYPE_PREFIX = "^^";
    /** The doc-value field holding the IRI of each document's subject. */
    static final String HIT = "hit";

    private final SearcherManager searchers;
    /** Whether this class may answer a query itself: jena-text's plain query parser, one language. */
    private final boolean plain;

    KeptOpenTextIndex(Directory directory, TextIndexConfig config) {
        // jena-text commits an empty index when it opens its writer: there is always a commit to open a reader on.
        super(directory, config);
        this.plain = !config.isMultilingualSupport() && "QueryParser".equals(config.getQueryParser());
        try {
            this.searchers = new SearcherManager(directory, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index for reading", e);
        }
    }

    /** Commits, and lets the next query see what was committed. */
    @Override
    public void commit() {
        super.commit();
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new TextIndexException("refresh after commit", e);
        }
    }

    /** jena-text's document, with the subject's IRI as a doc value. */
    @Override
    protected Document doc(Entity entity) {
        Document doc = super.doc(entity);
        doc.add(new SortedDocValuesField(HIT, new BytesRef(entity.getId())));
        return doc;
    }

    /** A search on the index as last committed; close it to let that state go. */
    TextHits hits() {
        IndexSearcher searcher = acquire();
        return new TextHits(searcher, getDocDef(), this::parse, () -> release(searcher));
    }

    /** The Lucene query of jena-text's {@code text:query} for the words in one field. */
    private Query parse(String field, String words) throws ParseException {
        return query(null, List.of(field), words, null);
    }

    @Override
    public void close() {
        try {
            searchers.close();
        } catch (IOException e) {
            throw new TextIndexException("close", e);
        } finally {
            super.close();
        }
    }

    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang,
                               int limit, String highlight) {
        if (lang != null || highlight != null || !plain) {
            return super.query(subjectUri, props, qs, graphURI, lang, limit, highlight);
        }
        IndexSearcher searcher = acquire();
        try {
            List<String> fields = fields(props);
            Query query = query(subjectUri, fields, qs, graphURI);
            ScoreDoc[] found = searcher.search(query, limit <= 0 ? MAX_HITS : limit).scoreDocs;
            return hits(searcher, found, fields.isEmpty() ? List.of(getDocDef().getPrimaryField()) : fields);
        } catch (ParseException e) {
            throw new TextIndexParseException(qs, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new TextIndexException("query", e);
        } finally {
            release(searcher);
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new TextIndexException("open a searcher", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new TextIndexException("release a searcher", e);
        }
    }

    /** The index fields of the properties asked for, in their order, each once. */
    private List<String> fields(List<Resource> props) {
        Set<String> fields = new LinkedHashSet<>();
        props.forEach(p -> fields.add(getDocDef().getField(p.asNode())));
        return List.copyOf(fields);
    }

    /**
     * The Lucene query jena-text writes for these fields and words ({@code field: (words)} for each field; the words
     * alone for none), in the graph asked for, for the subject asked for.
     */
    private Query query(String subjectUri, List<String> fields, String qs, String graphURI) throws ParseException {
        StringBuilder text = new StringBuilder();
        if (fields.isEmpty()) {
            text.append(qs).append(' ');
        }
        fields.forEach(f -> text.append(f).append(": (").append(qs).append(") "));
        String written = text.toString();
        if (graphURI != null) {
            written = "(" + written + ") AND " + getDocDef().getGraphField() + ":" + QueryParserBase.escape(graphURI);
        }
        QueryParser parser = new QueryParser(getDocDef().getPrimaryField(), getQueryAnalyzer());
        parser.setAllowLeadingWildcard(true);
        // A parser for each query: Lucene's analyzers are safe to share between threads, its parsers are not.
        Query parsed = parser.parse(written);
        if (subjectUri == null) {
            return parsed;
        }
        return new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(getDocDef().getEntityField(), subjectUri)), BooleanClause.Occur.FILTER)
                .build();
    }

    /** The hits in the order found (best first), their stored fields read in the index's order. */
    private List<TextHit> hits(IndexSearcher searcher, ScoreDoc[] found, List<String> fields) throws IOException {
        StoredFields stored = searcher.storedFields();
        TextHit[] hits = new TextHit[found.length];
        for (int i : TextHits.inIndexOrder(found)) {
            hits[i] = hit(stored.document(found[i].doc), found[i].score, fields);
        }
        return Arrays.asList(hits);
    }

    /** A hit as jena-text makes it: its subject, score, the literal found (with its language or datatype), graph and property. */
    private TextHit hit(Document doc, float score, List<String> fields) {
        EntityDefinition def = getDocDef();
        String field = fields.stream().filter(f -> doc.get(f) != null).findFirst().orElse(null);
        String lexical = field == null ? null : doc.get(field);
        Collection<Node> props = field == null ? List.of() : def.getPredicates(field);
        Node prop = props.isEmpty() ? null : props.iterator().next();
        Node literal = lexical == null ? null : literal(lexical, def.getLangField() == null ? null : doc.get(def.getLangField()));
        String graph = def.getGraphField() == null ? null : doc.get(def.getGraphField());
        return new TextHit(TextQueryFuncs.stringToNode(doc.get(def.getEntityField())), score, literal,
                graph == null ? null : TextQueryFuncs.stringToNode(graph), prop);
    }

    private static Node literal(String lexical, String langOrType) {
        if (langOrType == null) {
            return NodeFactory.createLiteralString(lexical);
        }
        if (langOrType.startsWith(DATATYPE_PREFIX)) {
            return NodeFactory.createLiteralDT(lexical,
                    TypeMapper.getInstance().getSafeTypeByName(langOrType.substring(DATATYPE_PREFIX.length())));
        }
        return NodeFactory.createLiteralLang(lexical, langOrType);
    }
}
