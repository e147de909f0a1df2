package org.quanze.web.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.quanze.graph.Iris;
import org.quanze.queries.Bindings;
import org.quanze.search.FullTextIndex;
import org.quanze.search.TextHits;
import org.quanze.store.TextSearch;
import org.quanze.vocab.QZ;
import org.quanze.web.PageQueries;

/**
 * The hits of a search, in two steps on the text index: every hit found, with its kind (the page counts them
 * all; the kind read from the hit's IRI, {@link HitKind}), then where the hits it shows stand
 * ({@code search-hit-labels.rq}, {@code search-places.rq}, {@code search-article-places.rq}). Reading the place of
 * each of a common word's thousand hits was most of a search's time. The substring search of a store without the index reads
 * both at once ({@code search-contains.rq}), as tuned for Virtuoso.
 *
 * <p>A search in every list reads the hits from the text index itself ({@link TextHits}): the same hits, ranks and
 * scores as {@code search-index.rq} ({@code SearchQueriesTest}), with the literal of the hits the page shows only. Reading
 * the literals of all 1,579 hits of 收缴 at 100× was a third of the page's time. A search in one list keeps to the
 * query, which keeps the list's hits.
 */
final class HitSearch {

    private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");
    /** The fields searched, in the order of their rank (search-index.rq's VALUES): names, texts, quotes. */
    private static final List<Node> FIELDS = List.of(QZ.name.asNode(), QZ.text.asNode(), QZ.quotedText.asNode());
    /** The most hits per field, as in search-index.rq. */
    private static final int PER_FIELD = 3000;

    private final PageQueries queries;
    private final TextSearch textSearch;
    private final Iris iris;
    private final Optional<FullTextIndex> index;

    HitSearch(PageQueries queries, TextSearch textSearch, Optional<FullTextIndex> index, Iris iris) {
        this.queries = queries;
        this.textSearch = textSearch;
        this.index = index;
        this.iris = iris;
    }

    /**
     * Every hit of the words (in {@code list}, unless null), best first; on the text index without its place yet, and
     * found in every list, with its literal only if it is among the first {@code shown} hits of its kind.
     */
    List<HitRow> find(String words, Node list, int shown) {
        try {
            return run(words, list, textSearch, shown);
        } catch (QueryException | IllegalArgumentException e) {
            // Lucene syntax the user did not mean (an unbalanced quote, a lone AND): search the words as written.
            // Virtuoso's free-text parser refusing an expression: the scan finds the same texts, only slower.
            // A timeout, or a scan that failed, would only fail again.
            if (e instanceof QueryCancelledException || textSearch == TextSearch.SCAN) {
                throw e;
            }
            return textSearch == TextSearch.LUCENE ? run(literally(words), list, textSearch, shown)
                    : run(words, list, TextSearch.SCAN, shown);
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
     * at once, the place in {@code list} when one is chosen; a substring search has read them already. The power an
     * entry or citation stands under, and the version an article is of, are read from the hit's IRI; the store gives
     * what names them: the hits' labels, the places of their powers (each power once), the articles' documents and
     * versions.
     */
    List<HitRow> placed(List<HitRow> rows, Node list) {
        if (textSearch != TextSearch.LUCENE || rows.isEmpty()) {
            return rows;
        }
        Map<String, String> powers = under(rows, iris::powerOf);
        Map<String, String> labels = labels(powers.keySet());
        Map<String, Hit.Place> places = places(new LinkedHashSet<>(powers.values()), list);
        Map<String, ArticlePlace> articles = articles(under(rows.stream()
                .filter(r -> r.type().equals(QZ.Article.getURI())).toList(), iris::versionOf));
        return rows.stream().map(r -> powers.containsKey(r.hit())
                ? r.placed(labels.get(r.hit()), places.get(powers.get(r.hit())))
                : articles.containsKey(r.hit()) ? r.named(articles.get(r.hit())) : r).toList();
    }

    /** The label of each hit (by IRI) that has one. */
    private Map<String, String> labels(Collection<String> hits) {
        Map<String, String> labels = new HashMap<>();
        if (!hits.isEmpty()) {
            Query query = Bindings.bindEach(queries.query("search-hit-labels"), "hit", uris(hits));
            for (HitLabel l : queries.list("search-hit-labels", query, HitLabel.class)) {
                labels.putIfAbsent(l.hit(), l.label());
            }
        }
        return labels;
    }

    /** Where each power (by IRI) stands: in {@code list}, when one is chosen. */
    private Map<String, Hit.Place> places(Collection<String> powers, Node list) {
        Map<String, Hit.Place> places = new HashMap<>();
        if (!powers.isEmpty()) {
            Query query = Bindings.bindEach(inList(queries.query("search-places"), list), "power", uris(powers));
            for (PowerPlace p : queries.list("search-places", query, PowerPlace.class)) {
                places.putIfAbsent(p.power(), p.place());
            }
        }
        return places;
    }

    /** The name of each article (by IRI) of the version given with it. */
    private Map<String, ArticlePlace> articles(Map<String, String> versions) {
        Map<String, ArticlePlace> articles = new HashMap<>();
        if (!versions.isEmpty()) {
            Query query = Bindings.bindRows(queries.query("search-article-places"), List.of("hit", "version"),
                    versions.entrySet().stream().map(e -> uris(List.of(e.getKey(), e.getValue()))).toList());
            for (ArticlePlace p : queries.list("search-article-places", query, ArticlePlace.class)) {
                articles.putIfAbsent(p.hit(), p);
            }
        }
        return articles;
    }

    /** Each distinct hit with what its IRI says it stands under, for the hits whose IRI says so. */
    private static Map<String, String> under(List<HitRow> rows, Function<String, Optional<String>> under) {
        Map<String, String> found = new LinkedHashMap<>();
        for (HitRow r : rows) {
            if (!found.containsKey(r.hit())) {
                under.apply(r.hit()).ifPresent(u -> found.put(r.hit(), u));
            }
        }
        return found;
    }

    private static List<Node> uris(Collection<String> iris) {
        return iris.stream().map(NodeFactory::createURI).toList();
    }

    /** The query with {@code ?flist} bound to the list searched in, or left undefined. */
    private static Query inList(Query query, Node list) {
        Map<String, Node> params = new HashMap<>();
        if (list != null) {
            params.put("flist", list);
        }
        return Bindings.bind(query, List.of("flist"), params);
    }

    private List<HitRow> run(String words, Node list, TextSearch how, int shown) {
        if (how == TextSearch.LUCENE && list == null && index.isPresent()) {
            return fromIndex(index.get(), words, shown);
        }
        Query query = TextQueries.search(queries, how, words, list);
        if (how == TextSearch.LUCENE) {
            return queries.list(TextQueries.name(how), query, HitFound.class).stream().sorted(HitFound.BEST_FIRST)
                    .flatMap(f -> HitKind.of(iris, f.hit()).map(type -> HitRow.found(f, type)).stream()).toList();
        }
        return queries.list(TextQueries.name(how), query, HitRow.class);
    }

    /** The hits of {@code search-index.rq} in every list, read from the index: the literals of the first {@code shown} of each kind only. */
    private List<HitRow> fromIndex(FullTextIndex fullText, String words, int shown) {
        try (TextHits hits = fullText.hits()) {
            List<Ranked> found = new ArrayList<>();
            for (int rank = 1; rank <= FIELDS.size(); rank++) {
                Node field = FIELDS.get(rank - 1);
                for (TextHits.Found f : hits.find(field, words, PER_FIELD)) {
                    int r = rank;
                    HitKind.of(iris, f.hit()).ifPresent(type -> found.add(new Ranked(f, r, field, type)));
                }
            }
            found.sort(Ranked.BEST_FIRST);
            Set<String> withLiteral = firstOfEachKind(found, shown);
            return found.stream().map(r -> HitRow.found(new HitFound(r.found().hit(), r.rank(), r.score(),
                    withLiteral.contains(r.found().hit()) ? hits.literal(r.found(), r.field()) : null), r.type())).toList();
        }
    }

    /** The first {@code shown} hits of each kind, in the order given (each hit once), as the page picks those it shows. */
    private static Set<String> firstOfEachKind(List<Ranked> found, int shown) {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perKind = new HashMap<>();
        Set<String> first = new HashSet<>();
        for (Ranked r : found) {
            if (seen.add(r.found().hit()) && perKind.merge(r.type(), 1, Integer::sum) <= shown) {
                first.add(r.found().hit());
            }
        }
        return first;
    }

    /**
     * A hit of the index with the rank of its field, its kind, and its score as search-index.rq gives it (Lucene's
     * float written as an xsd:float and read back).
     */
    private record Ranked(TextHits.Found found, int rank, Node field, String type, Double score) {

        /** By the rank of the field, the higher score, then the IRI (written out: a chain of key extractors boxed the rank). */
        static final Comparator<Ranked> BEST_FIRST = (a, b) -> {
            int c = Integer.compare(a.rank(), b.rank());
            if (c == 0) {
                c = b.score().compareTo(a.score());
            }
            return c != 0 ? c : a.found().hit().compareTo(b.found().hit());
        };

        Ranked(TextHits.Found found, int rank, Node field, String type) {
            this(found, rank, field, type, Double.valueOf(Float.toString(found.score())));
        }
    }
}
