package org.quanze.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.quanze.QuanzeApplication;
import org.quanze.graph.Iris;
import org.quanze.queries.Bindings;
import org.quanze.store.GraphStore;
import org.quanze.store.TextSearch;
import org.quanze.web.PageQueries;
import org.quanze.web.law.CitedBy;
import org.quanze.web.list.ListChoice;
import org.quanze.web.search.TextQueries;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The main questions asked of the real server (started here on a loopback port over the store):
 * each through its page and through the bare SPARQL query behind it on {@code /sparql}, one
 * client at a time and with several at once.
 */
final class LatencyBench {

    private static final String MOST_CITED = """
            PREFIX qz: <https://w3id.org/quanze/ontology#>
            SELECT ?a (COUNT(?c) AS ?n) WHERE { ?c qz:citesArticle ?a } GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 1""";

    /** Untimed requests of each mode before the timed ones. */
    static final int WARM_UP = 10;
    /**
     * How long the page, then its queries, are asked by all the clients at once, untimed, before the timed requests
     * with several clients: the server's compiler is still at work after the ten requests of the first warm-up and
     * the forty timed alone (the C2 compiler spent 18 s of a 20 s window compiling the search page's methods at 8
     * clients, on one of the two cores), and the first requests of the loaded mode were its p95.
     */
    static final Duration WARM_UP_LOADED = Duration.ofSeconds(15);

    /** A question: its page request and the bare queries behind it (sent one after the other). */
    record Question(String name, String page, List<String> queries, String note) {
    }

    /** Latencies of one question: page and bare, alone and under load (milliseconds). */
    record Result(Question question, Stats page, Stats bare, Stats pageLoaded, Stats bareLoaded) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final java.util.Set<String> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private LatencyBench(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Starts the server on the embedded store, measures every question, stops it. */
    static List<Result> run(Path store, int requests, int clients, boolean withImpact, Duration budget) {
        return run(List.of("--quanze.store.path=" + store), requests, clients, withImpact, budget);
    }

    /** The same questions asked of the server in remote mode over a Virtuoso holding the same quads. */
    static List<Result> runOnVirtuoso(VirtuosoBench.Server virtuoso, int requests, int clients, boolean withImpact,
                                      Duration budget) {
        return run(List.of("--quanze.store.mode=remote",
                "--quanze.store.remote.query-endpoint=" + virtuoso.queryEndpoint(),
                "--quanze.store.remote.update-endpoint=" + virtuoso.queryEndpoint(),
                "--quanze.store.remote.gsp-endpoint=" + virtuoso.gspEndpoint(),
                "--quanze.store.remote.text-index=" + (virtuoso.textIndex() ? "virtuoso" : "none")),
                requests, clients, withImpact, budget);
    }

    private static List<Result> run(List<String> storeArgs, int requests, int clients, boolean withImpact,
                                    Duration budget) {
        List<String> args = new ArrayList<>(storeArgs);
        args.addAll(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--quanze.load-bundled-data=false", "--logging.level.root=WARN",
                // What is timed is the work of answering: with the answer cache every request after the
                // first of a page (and of a /sparql query) is a copy of it.
                "--quanze.cache.enabled=false",
                // The bare side sends what the pages run in-process: at 1000× the article page binds
                // 2,000 list graphs, more than the public endpoint's 64 KB of query text.
                "--quanze.sparql.max-query-size=4194304"));
        ConfigurableApplicationContext app = SpringApplication.run(QuanzeApplication.class, args.toArray(String[]::new));
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            LatencyBench bench = new LatencyBench(port);
            List<Question> questions = bench.questions(app.getBean(GraphStore.class), withImpact);
            List<Result> results = new ArrayList<>();
            for (Question q : questions) {
                results.add(bench.measure(q, requests, clients, budget));
            }
            return results;
        } finally {
            IngestBench.release(app.getBean(GraphStore.class));
            app.close();
        }
    }

    private static String searchQuery(GraphStore store) {
        return TextQueries.name(store.textSearch());
    }

    private List<Question> questions(GraphStore store, boolean withImpact) {
        String id = Iris.DEFAULT_BASE;
        String power = id + "list/yulin-secrecy-bureau/power/1";
        ResultSetRewindable top = store.select(QueryFactory.create(MOST_CITED));
        var row = top.next();
        String article = row.getResource("a").getURI();
        long citers = row.getLiteral("n").getLong();
        PageQueries pages = new PageQueries(store);
        List<String> citersQueries = citersQueries(pages, article);
        List<Question> questions = new ArrayList<>(List.of(
                new Question("articles backing a duty", page(power), powerQueries(pages, power), "the power page "
                        + power.substring(id.length()) + " (its duties with their articles) vs the page's 7 queries "
                        + "(resource-types.rq, power.rq, power-citations.rq, power-entries.rq, power-cells.rq, "
                        + "health-badges.rq, changes-ahead.rq)"),
                new Question("everything citing an article", page(article), citersQueries, "the most cited article "
                        + article.substring(id.length()) + " (" + citers + " citations): its page vs the page's "
                        + citersQueries.size() + " queries (article-citers-by-list.rq, list-titles.rq, "
                        + "article-citers-in-list.rq for each list shown in full)"),
                // The bare query is the one the page runs: by the text index on the embedded store, by substring on a
                // remote store (which has no jena-text index: search-index.rq would find nothing there, at once).
                new Question("search", "/search?q=" + java.net.URLEncoder.encode("收缴", StandardCharsets.UTF_8),
                        List.of(TextQueries.search(pages, store.textSearch(), "收缴", null).serialize()),
                        "/search?q=收缴 vs " + searchQuery(store) + ".rq"
                        + (store.textSearch() == TextSearch.VIRTUOSO ? " narrowed by Virtuoso's free-text index" : ""))));
        // The pages a user opens first, each on the store's largest: the powers page as opened (its page picks its
        // powers from the facet counts each load keeps: no one query to set beside it), a list's page, the page of
        // the law cited most, and the laws.
        String list = id + "list/yulin-secrecy-bureau";
        String version = Iris.standard().versionOf(article).orElseThrow();
        String document = version.substring(0, version.lastIndexOf('/'));
        questions.add(new Question("the powers page", "/powers", List.of(), "/powers as opened (sorted by list and "
                + "number, page 1 of all powers)"));
        questions.add(new Question("a list's page", page(list), List.of(), "the page of " + list.substring(id.length())
                + " (its powers with their duties and cases, its table as published, its coverage)"));
        questions.add(new Question("a law's page", page(document), List.of(
                bind(pages.query("document"), Map.of("document", NodeFactory.createURI(document))),
                bind(pages.query("document-versions"), Map.of("document", NodeFactory.createURI(document))),
                bind(pages.query("document-cited-articles"), Map.of("document", NodeFactory.createURI(document)))),
                "the page of " + document.substring(id.length()) + ", the law of the most cited article (its versions "
                        + "and cited articles with their citations) vs its 3 queries (document.rq, document-versions.rq, "
                        + "document-cited-articles.rq)"));
        questions.add(new Question("the laws", "/laws", List.of(pages.query("laws").serialize(),
                pages.query("laws-wanted").serialize()), "/laws (every document with its citations, the texts wanted "
                + "with the library's closest titles) vs its 2 queries (laws.rq, laws-wanted.rq)"));
        if (withImpact) {
            questions.add(new Question("impact report", "/impact?document=" + java.net.URLEncoder.encode("保守国家秘密法",
                    StandardCharsets.UTF_8) + "&from=2010&to=2024", List.of(), "/impact for 保守国家秘密法 2010→2024"));
        }
        return questions;
    }

    /**
     * Each mode stops sending after {@code budget} (at least one request per client): a slow question
     * gets fewer samples. Page and queries are first sent {@link #WARM_UP} times each (within the
     * budget) and not timed, so that the server's code is compiled and the store's pages are in
     * memory before anything is timed: a fresh server (a store benchmarked without loading it first)
     * otherwise times the page's Java code interpreted, the bare query's much less so. Before the timed requests
     * with several clients, all of them send the page (then the queries) for {@link #WARM_UP_LOADED}, untimed.
     */
    private Result measure(Question q, int requests, int clients, Duration budget) {
        long warm = deadline(budget);
        for (int i = 0; i < WARM_UP && System.nanoTime() < warm; i++) {
            page(q);
            if (!q.queries().isEmpty()) {
                bare(q);
            }
        }
        Stats page = Stats.of(sequential(() -> page(q), requests, deadline(budget)));
        Stats bare = q.queries().isEmpty() ? null : Stats.of(sequential(() -> bare(q), requests, deadline(budget)));
        concurrent(() -> page(q), Integer.MAX_VALUE, clients, WARM_UP_LOADED);
        Stats pageLoaded = Stats.of(concurrent(() -> page(q), requests, clients, budget));
        if (!q.queries().isEmpty()) {
            concurrent(() -> bare(q), Integer.MAX_VALUE, clients, WARM_UP_LOADED);
        }
        Stats bareLoaded = q.queries().isEmpty() ? null : Stats.of(concurrent(() -> bare(q), requests, clients, budget));
        return new Result(q, page, bare, pageLoaded, bareLoaded);
    }

    private static long deadline(Duration budget) {
        return System.nanoTime() + budget.toNanos();
    }

    private interface Timed {
        double run();
    }

    private static List<Double> sequential(Timed t, int n, long deadline) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < n && (i == 0 || System.nanoTime() < deadline); i++) {
            times.add(t.run());
        }
        return times;
    }

    /** {@code n} requests per client, {@code clients} clients at once. */
    private static List<Double> concurrent(Timed t, int n, int clients, Duration budget) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = deadline(budget);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> sequential(t, Math.max(1, n / 2), deadline)));
            }
            List<Double> all = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private double page(Question q) {
        return time(HttpRequest.newBuilder(uri(q.page())).header("Accept", "text/html").GET().build());
    }

    /** The bare queries behind the page, one after the other, as the page runs them. */
    private double bare(Question q) {
        double total = 0;
        for (String query : q.queries()) {
            total += time(HttpRequest.newBuilder(uri("/sparql")).header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build());
        }
        return total;
    }

    /**
     * The time of one request in milliseconds; a request that fails (a query cancelled by the
     * endpoint's timeout, say) counts as infinitely slow, and is reported once on standard error.
     */
    private double time(HttpRequest request) {
        long t = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                if (reported.add(request.uri().getPath() + response.statusCode())) {
                    System.err.println(request.uri() + " answered " + response.statusCode() + ": "
                            + new String(response.body(), StandardCharsets.UTF_8).lines().limit(2).toList());
                }
                return Double.POSITIVE_INFINITY;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - t) / 1e6;
    }

    /** The page of a resource: /id/ and its path, non-ASCII characters percent-encoded. */
    private static String page(String iri) {
        return "/id/" + iri.substring(Iris.DEFAULT_BASE.length());
    }

    private URI uri(String pathAndQuery) {
        try {
            int at = pathAndQuery.indexOf('?');
            String path = at < 0 ? pathAndQuery : pathAndQuery.substring(0, at);
            String encoded = new URI(null, null, path, null).toASCIIString();
            return URI.create(base + encoded + (at < 0 ? "" : pathAndQuery.substring(at)));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The queries the article page sends for what cites the article, as it sends them. */
    /**
     * The queries the power page runs, in its order: what the IRI is, the power, its citations, its duties and
     * cases, its cells, its citations' findings, and the changes ahead of it as of today.
     */
    private static List<String> powerQueries(PageQueries pages, String power) {
        Node iri = NodeFactory.createURI(power);
        List<String> queries = new ArrayList<>(List.of(bind(pages.query("resource-types"), Map.of("iri", iri))));
        for (String name : List.of("power", "power-citations", "power-entries", "power-cells", "health-badges")) {
            queries.add(bind(pages.query(name), Map.of("power", iri)));
        }
        queries.add(Bindings.bind(pages.query("changes-ahead"), List.of("asOf", "flist", "fpower"), Map.of(
                "asOf", NodeFactory.createLiteralDT(java.time.LocalDate.now().toString(),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate), "fpower", iri)).serialize());
        return queries;
    }

    private static List<String> citersQueries(PageQueries pages, String article) {
        Map<String, Node> param = PageQueries.iri("article", article);
        // The list titles as the page would read them without keeping them per generation (ListTitles).
        List<ListChoice> titles = pages.list("list-titles", Map.of(), ListChoice.class);
        List<CitedBy.ListTally> lists = CitedBy.lists(pages, Iris.standard(), titles, article);
        List<String> queries = new ArrayList<>(List.of(bind(pages.query("article-citers-by-list"), param),
                pages.query("list-titles").serialize()));
        for (CitedBy.ListTally t : CitedBy.detailed(lists)) {
            queries.add(bind(pages.query("article-citers-in-list"), Map.of("article", NodeFactory.createURI(article),
                    "graph", NodeFactory.createURI(t.graph()), "list", NodeFactory.createURI(t.list()))));
        }
        return queries;
    }

    private static String bind(Query query, Map<String, Node> params) {
        return Bindings.bind(query, params).serialize();
    }


}
