package org.quanze.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.api.Test;

/** The bound rows go into the subqueries that keep the variable, and the answers stay those of the join. */
class BindingsTest {

    private static final String DATA = """
            @prefix : <http://x/> .
            :d1 :version :v1, :v2 . :d2 :version :v3 .
            :c1 :cites :v1 . :c2 :cites :v1 . :c3 :cites :v2 . :c4 :cites :v3 . :c5 :cites :v3 . :c6 :cites :v3 .
            """;

    private static final Query COUNTS = QueryFactory.create("""
            PREFIX : <http://x/>
            SELECT ?d ?versions ?citations WHERE {
              { SELECT ?d (COUNT(DISTINCT ?v) AS ?versions) WHERE { ?d :version ?v } GROUP BY ?d }
              { SELECT ?d (COUNT(?c) AS ?citations) WHERE { ?d :version ?v . OPTIONAL { ?c :cites ?v } } GROUP BY ?d }
            }""");

    private final Dataset data = dataset();

    @Test
    void shouldPutTheBoundRowsIntoEachSubqueryKeepingTheVariable() {
        Query bound = Bindings.bind(COUNTS, Map.of("d", uri("d1")));
        String algebra = Algebra.compile(bound).toString();
        // once at the top and once in each of the two subqueries
        assertThat(algebra.split("<http://x/d1>", -1)).hasSize(4);
        assertThat(rows(bound)).containsExactly("d1 2 3");
    }

    @Test
    void shouldLeaveTheParsedQueryAsItWas() {
        String before = COUNTS.toString();
        Bindings.bind(COUNTS, Map.of("d", uri("d2")));
        assertThat(COUNTS.toString()).isEqualTo(before);
        assertThat(rows(Bindings.bind(COUNTS, Map.of("d", uri("d2"))))).containsExactly("d2 1 3");
    }

    @Test
    void shouldNotCutASubqueryWithALimitNorOneThatAggregatesOverTheVariable() {
        Query limited = QueryFactory.create("""
                PREFIX : <http://x/>
                SELECT ?d ?v WHERE { { SELECT ?d ?v WHERE { ?d :version ?v } ORDER BY ?v LIMIT 1 } }""");
        // the subquery's one row is v1 of d1: bound to d2, nothing (cutting first would give v3)
        assertThat(rows(Bindings.bind(limited, Map.of("d", uri("d2"))))).isEmpty();
        Query total = QueryFactory.create("""
                PREFIX : <http://x/>
                SELECT ?v ?all WHERE { ?d :version ?v { SELECT (COUNT(*) AS ?all) WHERE { ?d :version ?w } } }""");
        assertThat(rows(Bindings.bind(total, Map.of("d", uri("d2"))))).containsExactly("v3 3");
    }

    @Test
    void shouldNotPutTheRowsIntoAnOptionalSubqueryBelowTheTopGroup() {
        // the OPTIONAL's left side is the inner group's pattern alone, which does not bind ?d
        Query optional = QueryFactory.create("""
                PREFIX : <http://x/>
                SELECT ?c ?d WHERE { { ?c :cites :v3 OPTIONAL { { SELECT ?c ?d WHERE { ?d :version ?v . ?c :cites ?v } } } } }""");
        Query bound = Bindings.bind(optional, Map.of("d", uri("d1")));
        assertThat(Algebra.compile(bound).toString().split("<http://x/d1>", -1)).hasSize(2);
        // c4..c6 cite v3 of d2: the inner group gives them d2, which the block's d1 excludes (cut first, the
        // optional part would have matched nothing and left d unbound, to be joined with d1)
        assertThat(rows(bound)).isEmpty();
    }

    @Test
    void shouldPutTheRowsIntoASubqueryOptionalInTheTopGroupWhereTheBlockBindsTheVariable() {
        Query dates = QueryFactory.create("""
                PREFIX : <http://x/>
                SELECT ?d ?v ?citations WHERE {
                  ?d :version ?v
                  OPTIONAL { SELECT ?v (COUNT(?c) AS ?citations) WHERE { ?c :cites ?v } GROUP BY ?v }
                }""");
        Query bound = Bindings.bind(dates, Map.of("v", uri("v3")));
        assertThat(Algebra.compile(bound).toString().split("<http://x/v3>", -1)).hasSize(3);
        assertThat(rows(bound)).containsExactly("d2 v3 3");
        // a variable the block leaves UNDEF in a row is not given to the optional part
        Query undefined = Bindings.bind(dates, List.of("d", "v"), Map.of("d", uri("d1")));
        assertThat(Algebra.compile(undefined).toString().split("<http://x/d1>", -1)).hasSize(2);
        assertThat(rows(undefined)).containsExactly("d1 v1 2", "d1 v2 1");
    }

    @Test
    void shouldGiveEveryRowOfSeveralValuesToTheSubquery() {
        Query bound = Bindings.bindEach(COUNTS, "d", List.of(uri("d1"), uri("d2")));
        assertThat(rows(bound)).containsExactly("d1 2 3", "d2 1 3");
    }

    private TreeSet<String> rows(Query query) {
        TreeSet<String> rows = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.dataset(data).query(query).build()) {
            var results = qe.execSelect();
            List<String> vars = results.getResultVars();
            results.forEachRemaining(r -> {
                StringBuilder row = new StringBuilder();
                vars.stream().filter(r::contains).forEach(v -> row.append(row.isEmpty() ? "" : " ").append(show(r.get(v).asNode())));
                rows.add(row.toString());
            });
        }
        return rows;
    }

    private static String show(Node n) {
        return n.isURI() ? n.getURI().substring("http://x/".length()) : n.getLiteralLexicalForm();
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("http://x/" + local);
    }

    private static Dataset dataset() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(m);
        return DatasetFactory.wrap(m);
    }
}
