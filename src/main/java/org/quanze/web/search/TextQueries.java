package org.quanze.web.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.quanze.queries.Bindings;
import org.quanze.store.TextSearch;
import org.quanze.store.VirtuosoFreeText;
import org.quanze.web.PageQueries;

/**
 * The query that finds the hits of a search, for the store's kind of text search: {@code search-index.rq} by the text
 * index in this process, {@code search-contains.rq} by a scan, and on Virtuoso the same scan narrowed by its free-text
 * index (the one predicate {@code bif:contains} added beside the texts read, which no file of standard SPARQL could
 * hold). The words and the list are bound as values, never written into the text of the query; the free-text
 * expression is a literal put in the query's syntax tree.
 */
public final class TextQueries {

    /** The variables the search queries may be bound with: the words, and the list to search in. */
    private static final List<String> PARAMETERS = List.of("flist", "q");
    private static final Var LITERAL = Var.alloc("literal");

    private TextQueries() {
    }

    /** The name of the query file a search runs on a store of that kind (on Virtuoso, narrowed as above). */
    public static String name(TextSearch search) {
        return search == TextSearch.LUCENE ? "search-index" : "search-contains";
    }

    /** The search for {@code words} (in {@code list}, unless null), bound, for a store of that kind. */
    public static Query search(PageQueries queries, TextSearch search, String words, Node list) {
        Map<String, Node> params = new HashMap<>();
        params.put("q", NodeFactory.createLiteralString(words));
        if (list != null) {
            params.put("flist", list);
        }
        Query query = queries.query(name(search));
        Optional<String> expression = search == TextSearch.VIRTUOSO ? VirtuosoFreeText.expression(words) : Optional.empty();
        if (expression.isPresent()) {
            query = narrowed(query, expression.get());
        }
        return Bindings.bind(query, PARAMETERS, params);
    }

    /**
     * {@code search-contains.rq} with Virtuoso's free-text match of {@code expression} on each text its subquery reads
     * ({@code ?literal bif:contains "…"}, beside {@code ?hit ?field ?literal}): the filter on the words stays, so the
     * answers are the scan's.
     */
    static Query narrowed(Query scan, String expression) {
        Query query = scan.cloneQuery();
        ElementPathBlock texts = textsRead(query.getQueryPattern())
                .orElseThrow(() -> new IllegalStateException("search-contains.rq reads no ?literal in a subquery"));
        texts.addTriple(Triple.create(LITERAL, VirtuosoFreeText.CONTAINS, NodeFactory.createLiteralString(expression)));
        return query;
    }

    /** The triples of the top group's subquery that read {@code ?literal}. */
    private static Optional<ElementPathBlock> textsRead(Element pattern) {
        if (!(pattern instanceof ElementGroup top)) {
            return Optional.empty();
        }
        for (Element e : top.getElements()) {
            if (e instanceof ElementSubQuery sub && sub.getQuery().getQueryPattern() instanceof ElementGroup inner) {
                for (Element ie : inner.getElements()) {
                    if (ie instanceof ElementPathBlock block && block.getPattern().getList().stream()
                            .map(TriplePath::getObject).anyMatch(LITERAL::equals)) {
                        return Optional.of(block);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
