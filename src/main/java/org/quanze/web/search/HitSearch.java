package org.quanze.web.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.quanze.graph.Iris;
import org.quanze.queries.Bindings;
import org.quanze.store.TextSearch;
import org.quanze.web.PageQueries;

/**
 * The hits of a search, in two steps on the text index: every hit found, with its kind (the page counts them
 * all; the kind read from the hit's IRI, {@link HitKind}), then where the hits it shows stand ({@code search-places.rq}). Reading the place of each of a common
 * word's thousand hits was most of a search's time. The substring search of a store without the index reads
 * both at once ({@code search-contains.rq}), as tuned for Virtuoso.
 */
final class HitSearch {

    private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

    private final PageQueries queries;
    private final TextSearch textSearch;
    private final Iris iris;

    HitSearch(PageQueries queries, TextSearch textSearch, Iris iris) {
        this.queries = queries;
        this.textSearch = textSearch;
        this.iris = iris;
    }

    /** Every hit of the words (in {@code list}, unless null), best first; on the text index without its place yet. */
    List<HitRow> find(String words, Node list) {
        try {
            return run(words, list, textSearch);
        } catch (QueryException | IllegalArgumentException e) {
            // Lucene syntax the user did not mean (an unbalanced quote, a lone AND): search the words as written.
            // Virtuoso's free-text parser refusing an expression: the scan finds the same texts, only slower.
            // A timeout, or a scan that failed, would only fail again.
            if (e instanceof QueryCancelledException || textSearch == TextSearch.SCAN) {
                throw e;
            }
            return textSearch == TextSearch.LUCENE ? run(literally(words), list, textSearch)
                    : run(words, list, TextSearch.SCAN);
        }
    }

    /**
     * The words with nothing Lucene's parser reads as syntax: its special characters escaped, and its operators
     * (upper-case only) written in lower case, which the analyzer makes of them anyway ({@code escape} leaves
     * {@code 罚款 AND} as it is, and the parser refuses it again).
     */
    static String literally(String words) {
        return OPERATOR.matcher(QueryParser.escape(words)).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    }

    /**
     * The rows with their label and place: on the text index, which finds the hits without them, read for all the rows
     * at once (one query), the place in {@code list} when one is chosen; a substring search has read them already.
     */
    List<HitRow> placed(List<HitRow> rows, Node list) {
        if (textSearch != TextSearch.LUCENE || rows.isEmpty()) {
            return rows;
        }
        List<Node> hits = rows.stream().map(r -> NodeFactory.createURI(r.hit())).distinct().toList();
        Map<String, Node> params = new HashMap<>();
        if (list != null) {
            params.put("flist", list);
        }
        Query query = Bindings.bindEach(Bindings.bind(queries.query("search-places"), List.of("flist"), params), "hit", hits);
        Map<String, HitPlace> places = new LinkedHashMap<>();
        for (HitPlace p : queries.list("search-places", query, HitPlace.class)) {
            places.putIfAbsent(p.hit(), p);
        }
        return rows.stream().map(r -> places.containsKey(r.hit()) ? r.placed(places.get(r.hit())) : r).toList();
    }

    private List<HitRow> run(String words, Node list, TextSearch how) {
        Query query = TextQueries.search(queries, how, words, list);
        if (how == TextSearch.LUCENE) {
            return queries.list(TextQueries.name(how), query, HitFound.class).stream().sorted(HitFound.BEST_FIRST)
                    .flatMap(f -> HitKind.of(iris, f.hit()).map(type -> HitRow.found(f, type)).stream()).toList();
        }
        return queries.list(TextQueries.name(how), query, HitRow.class);
    }
}
