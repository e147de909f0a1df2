package org.quanze.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the index holds, and that an index built by a build that held less is rebuilt. */
class FullTextIndexTest {

    private static final String GRAPH = "https://w3id.org/quanze/graph/test-list.txt";
    private static final String DATA = """
            @prefix qz: <https://w3id.org/quanze/ontology#> .
            <https://w3id.org/quanze/id/list/t/power/1> a qz:Power ; qz:name "对违法行为的处罚" .
            <https://w3id.org/quanze/id/list/t/power/1/power-basis/1/1> a qz:Citation ;
                qz:quotedText "责令改正，处五千元以上五万元以下罚款。" .
            <https://w3id.org/quanze/id/list/t/power/1/power-basis/1/1/paragraph> qz:text "不是被检索的罚款" .
            """;

    /** A dataset as the store keeps it: TDB2, the default graph the union of the named graphs. */
    private static DatasetGraph dataset() {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> RDFParser.fromString(DATA, Lang.TURTLE).parse(dsg.getGraph(
                org.apache.jena.graph.NodeFactory.createURI(GRAPH))));
        return dsg;
    }

    private static List<String> found(DatasetGraph dsg, String property, String words) {
        String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX qz: <https://w3id.org/quanze/ontology#> "
                + "SELECT ?s WHERE { ?s text:query (qz:" + property + " \"" + words + "\") }";
        List<String> hits = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
                qe.execSelect().forEachRemaining(s -> hits.add(s.getResource("s").getURI()));
            }
        });
        return hits;
    }

    @Test
    void shouldFindTheTextsListsQuoteByTheirWords() {
        DatasetGraph dsg = dataset();
        try (FullTextIndex index = FullTextIndex.inMemory()) {
            index.attach(dsg);
            index.synchronize(dsg, Map.of(GRAPH, "hash-1"));

            assertThat(found(dsg, "quotedText", "罚款")).containsExactly("https://w3id.org/quanze/id/list/t/power/1/power-basis/1/1");
            assertThat(found(dsg, "name", "处罚")).containsExactly("https://w3id.org/quanze/id/list/t/power/1");
            assertThat(found(dsg, "text", "罚款")).as("a text of something not searched for").isEmpty();
        }
    }

    @Test
    void shouldFindTheTextsOfOneGraphWhenTheQueryAsksInOne() {
        DatasetGraph dsg = dataset();
        try (FullTextIndex index = FullTextIndex.inMemory()) {
            index.attach(dsg);
            index.synchronize(dsg, Map.of(GRAPH, "hash-1"));
            String inGraph = "PREFIX text: <http://jena.apache.org/text#> PREFIX qz: <https://w3id.org/quanze/ontology#> "
                    + "SELECT ?s WHERE { GRAPH <%s> { ?s text:query (qz:quotedText \"罚款\") } }";
            List<String> hits = new ArrayList<>();
            List<String> none = new ArrayList<>();
            Txn.executeRead(dsg, () -> {
                try (var qe = QueryExecutionFactory.create(inGraph.formatted(GRAPH), DatasetFactory.wrap(dsg))) {
                    qe.execSelect().forEachRemaining(s -> hits.add(s.getResource("s").getURI()));
                }
                try (var qe = QueryExecutionFactory.create(inGraph.formatted(GRAPH + "-other"), DatasetFactory.wrap(dsg))) {
                    qe.execSelect().forEachRemaining(s -> none.add(s.getResource("s").getURI()));
                }
            });

            assertThat(hits).containsExactly("https://w3id.org/quanze/id/list/t/power/1/power-basis/1/1");
            assertThat(none).isEmpty();
        }
    }

    @Test
    void shouldRebuildAnIndexAnEarlierBuildMadeForTheSameStore(@TempDir Path folder) throws Exception {
        DatasetGraph dsg = dataset();
        try (FullTextIndex index = FullTextIndex.open(folder)) {
            // What a build that did not index quotes left: an empty index recorded as up to date with the store.
            Files.writeString(folder.resolve("quanze-state.txt"), GRAPH + "\thash-1\n", StandardCharsets.UTF_8);
            index.attach(dsg);
            index.synchronize(dsg, Map.of(GRAPH, "hash-1"));

            assertThat(found(dsg, "quotedText", "罚款")).hasSize(1);
            assertThat(Files.readString(folder.resolve("quanze-state.txt")))
                    .contains(FullTextIndex.LAYOUT_KEY + "\t" + FullTextIndex.LAYOUT);
        }
    }
}
