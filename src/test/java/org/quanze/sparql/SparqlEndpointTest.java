package org.quanze.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.ServerOnFreshStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.quanze.store.GraphStore;

/** The public SPARQL endpoint over HTTP, as researchers' tools use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"quanze.sparql.timeout=2s", "quanze.sparql.max-results=5000"})
class SparqlEndpointTest extends ServerOnFreshStore {

    private static final String DUTIES = """
            SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {
              ?c <http://www.w3.org/2000/01/rdf-schema#label> "责任事项"@zh . ?d a ?c }""";
    private static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @Autowired
    GraphStore store;

    private HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> query(String query, String accept) throws IOException, InterruptedException {
        return get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
    }

    private HttpResponse<String> post(String path, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldCountThirtyDutiesByTheChineseLabelOfTheirClass() throws Exception {
        HttpResponse<String> csv = query(DUTIES, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().strip()).isEqualTo("n\r\n959");
    }

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json,JSON", "application/sparql-results+xml,XML",
            "text/tab-separated-values,TSV", "text/csv,CSV"})
    void shouldNegotiateEachResultFormatForSelect(String accept, String format) throws Exception {
        HttpResponse<String> r = query(DUTIES, accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(accept));
        assertThat(r.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
        if (!format.equals("CSV")) {
            Lang lang = switch (format) {
                case "JSON" -> ResultSetLang.RS_JSON;
                case "XML" -> ResultSetLang.RS_XML;
                default -> ResultSetLang.RS_TSV;
            };
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
            assertThat(rs.next().getLiteral("n").getInt()).isEqualTo(959);
        }
    }

    @Test
    void shouldAcceptQueriesByPostAsFormAndAsSparqlQuery() throws Exception {
        HttpResponse<String> form = post("/sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(DUTIES, StandardCharsets.UTF_8), "text/csv");
        assertThat(form.body().strip()).isEqualTo("n\r\n959");
        HttpResponse<String> direct = post("/sparql", "application/sparql-query", DUTIES, "text/csv");
        assertThat(direct.body().strip()).isEqualTo("n\r\n959");
    }

    @ParameterizedTest
    @CsvSource({"text/turtle,TURTLE", "application/n-triples,NTRIPLES", "application/ld+json,JSONLD",
            "application/rdf+xml,RDFXML"})
    void shouldNegotiateEachRdfFormatForConstruct(String accept, String lang) throws Exception {
        HttpResponse<String> r = query("""
                PREFIX qz: <https://w3id.org/quanze/ontology#>
                CONSTRUCT { ?p qz:name ?n } WHERE { ?p a qz:Power ; qz:name ?n }""", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(accept));
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                lang.equals("TURTLE") ? Lang.TURTLE : lang.equals("NTRIPLES") ? Lang.NTRIPLES
                        : lang.equals("JSONLD") ? Lang.JSONLD : Lang.RDFXML);
        assertThat(m.size()).isEqualTo(171);
    }

    @Test
    void shouldAddressTheNamedGraphsAndMakeTheirUnionTheDefault() throws Exception {
        HttpResponse<String> graphs = query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", "text/csv");
        assertThat(graphs.body()).contains("https://w3id.org/quanze/id/graph/yulin-secrecy-bureau.txt")
                .contains("https://w3id.org/quanze/id/graph/secrecy-law-2010.md")
                .contains("https://w3id.org/quanze/id/graph/ontology").contains("https://w3id.org/quanze/id/graph/derived");
        HttpResponse<String> fromNamed = query("SELECT (COUNT(*) AS ?n) FROM NAMED <https://w3id.org/quanze/id/graph/secrecy-law-2010.md> "
                + "WHERE { GRAPH ?g { ?a a <https://w3id.org/quanze/ontology#Article> } }", "text/csv");
        assertThat(fromNamed.body().strip()).isEqualTo("n\r\n53");
        HttpResponse<String> gsp = get("/data?graph=" + URLEncoder.encode("https://w3id.org/quanze/id/graph/secrecy-law-2024.md",
                StandardCharsets.UTF_8), "application/n-triples");
        assertThat(gsp.statusCode()).isEqualTo(200);
        assertThat(gsp.body().lines().filter(l -> l.contains("ontology#Article>")).count()).isEqualTo(65);
    }

    @Test
    void shouldAllowCrossOriginQueries() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sparql?query=" + URLEncoder.encode(DUTIES, StandardCharsets.UTF_8)))
                .header("Origin", "https://yasgui.example").header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://yasgui.example")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                m -> assertThat(m).contains("POST"));
    }

    @Test
    void shouldRefuseEveryWriteAndKeepAnswering() throws Exception {
        long before = store.size();
        assertThat(post("/sparql", "application/sparql-update", "DROP ALL", null).statusCode()).isEqualTo(415);
        HttpResponse<String> updateForm = post("/sparql", "application/x-www-form-urlencoded", "update=DROP%20ALL", null);
        assertThat(updateForm.statusCode()).isEqualTo(400);
        assertThat(updateForm.body()).contains("read-only");
        assertThat(post("/update", "application/sparql-update", "DROP ALL", null).statusCode()).isEqualTo(404);
        assertThat(post("/data", "text/turtle", "<a> <b> <c> .", null).statusCode()).isEqualTo(405);
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a> <b> <c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/data?default"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(store.size()).isEqualTo(before);
        assertThat(query(DUTIES, "text/csv").body().strip()).isEqualTo("n\r\n959");
    }

    @Test
    void shouldExplainMalformedOverlongAndFederatedQueries() throws Exception {
        HttpResponse<String> malformed = query("SELECT ?x WHERE { ?x ?y }", "text/csv");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("line 1, column");
        String longQuery = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(70_000);
        HttpResponse<String> tooLong = post("/sparql", "application/sparql-query", longQuery, "text/csv");
        assertThat(tooLong.statusCode()).isEqualTo(413);
        assertThat(tooLong.body()).contains("larger than 65536 bytes");
        HttpResponse<String> tooLongGet = get("/sparql?query=" + "x".repeat(70_000), "text/csv");
        assertThat(tooLongGet.statusCode()).isEqualTo(414);
        HttpResponse<String> service = query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "text/csv");
        assertThat(service.statusCode()).isEqualTo(400);
        assertThat(service.body()).contains("SERVICE is not allowed");
        assertThat(query(DUTIES, "text/csv").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldCapTheRowsOfASelectAndSaySo() throws Exception {
        HttpResponse<String> all = query("SELECT ?s ?p WHERE { ?s ?p ?o }", "text/csv");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue(CappedQueryService.LIMIT_HEADER)).hasValue("5000");
        assertThat(all.body().lines().count()).isEqualTo(5001);
        HttpResponse<String> small = query("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/csv");
        assertThat(small.headers().firstValue(CappedQueryService.LIMIT_HEADER)).isEmpty();
        assertThat(small.body().lines().count()).isEqualTo(4);
    }

    @Test
    void shouldCancelAnExpensiveQueryWhileCheapOnesKeepBeingAnswered() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> expensive = http.sendAsync(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/sparql?query=" + URLEncoder.encode(EXPENSIVE, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        List<Long> cheap = new ArrayList<>();
        Thread.sleep(200);
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            assertThat(query(DUTIES, "text/csv").body().strip()).isEqualTo("n\r\n959");
            cheap.add(Duration.ofNanos(System.nanoTime() - t).toMillis());
        }
        assertThat(expensive.isDone()).as("the expensive query still runs while the cheap ones are answered").isFalse();
        HttpResponse<String> cancelled = expensive.get();
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(cancelled.statusCode()).isEqualTo(503);
        assertThat(cancelled.body()).contains("timed out").contains("longer than 2 s");
        assertThat(took).isBetween(1_500L, 8_000L);
        assertThat(cheap).allSatisfy(ms -> assertThat(ms).isLessThan(1_000L));
    }

    @Test
    void shouldDescribeTheServiceAtTheEndpoint() throws Exception {
        Model m = turtle("/sparql");
        String sdNs = "http://www.w3.org/ns/sparql-service-description#";
        assertThat(m.contains(m.createResource("http://localhost:" + port + "/sparql"), m.createProperty(sdNs + "feature"),
                m.createResource(sdNs + "UnionDefaultGraph"))).isTrue();
        // 8 list files and a findings graph of each, 33 law texts, ontology, derived, health, changes, and 4
        // correspondences (as in CliTest).
        assertThat(m.listObjectsOfProperty(m.createProperty(sdNs + "name")).toList()).hasSize(57)
                .anySatisfy(g -> assertThat(g.asResource().getURI()).endsWith("graph/changes"))
                .anySatisfy(g -> assertThat(g.asResource().getURI()).endsWith("graph/health/yulin-secrecy-bureau.txt"));
    }

    @Test
    void shouldDescribeTheDatasetWithVoid() throws Exception {
        Model m = turtle("/.well-known/void");
        HttpResponse<String> duties = query("""
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?n WHERE { ?d void:classPartition [ void:class <https://w3id.org/quanze/ontology#Duty> ; void:entities ?n ] }""",
                "text/csv");
        assertThat(duties.statusCode()).isEqualTo(200);
        var dataset = m.createResource("http://localhost:" + port + "/.well-known/void#dataset");
        var voidNs = "http://rdfs.org/ns/void#";
        assertThat(m.getProperty(dataset, m.createProperty(voidNs + "sparqlEndpoint")).getResource().getURI())
                .endsWith("/sparql");
        assertThat(m.listObjectsOfProperty(dataset, m.createProperty(voidNs + "dataDump")).toList()).hasSize(2);
        assertThat(m.getProperty(dataset, m.createProperty(voidNs + "triples")).getLong()).isGreaterThan(10_000L);
        var partitions = m.listObjectsOfProperty(dataset, m.createProperty(voidNs + "classPartition")).toList();
        assertThat(partitions).anySatisfy(p -> {
            assertThat(p.asResource().getPropertyResourceValue(m.createProperty(voidNs + "class")).getURI())
                    .isEqualTo("https://w3id.org/quanze/ontology#Duty");
            assertThat(p.asResource().getProperty(m.createProperty(voidNs + "entities")).getInt()).isEqualTo(959);
        });
    }

    /** The Turtle the server answers at {@code path}, which must answer 200, read into a model. */
    private Model turtle(String path) throws Exception {
        HttpResponse<String> r = get(path, "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        return m;
    }

    @ParameterizedTest
    @CsvSource({"/dumps/quanze.nq.gz,NQUADS", "/dumps/quanze.trig.gz,TRIG"})
    void shouldOfferTheWholeGraphAsAGzippedDump(String path, String lang) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        DatasetGraph read = DatasetFactory.create().asDatasetGraph();
        RDFDataMgr.read(read, new GZIPInputStream(new ByteArrayInputStream(r.body())), lang.equals("TRIG") ? Lang.TRIG : Lang.NQUADS);
        assertThat(read.stream().count()).isEqualTo(store.size());
    }
}
