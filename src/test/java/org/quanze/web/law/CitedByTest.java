package org.quanze.web.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quanze.graph.CitationRole;
import org.quanze.queries.Bindings;
import org.quanze.web.PageQueries;

/** Which citations of a much-cited article its page shows in full (whole lists, about {@link CitedBy#DETAILS}), and how its queries run. */
class CitedByTest {

    @Test
    void shouldShowWholeListsUntilAboutAHundredCitationsAndCountTheRest() {
        List<CitedBy.ListTally> lists = List.of(tally("a", 60, 0), tally("b", 30, 5), tally("c", 40, 0), tally("d", 1, 0));

        CitedBy cited = CitedBy.of(lists, t -> rows(t));

        assertThat(CitedBy.detailed(lists)).extracting(CitedBy.ListTally::list).containsExactly("a", "b");
        assertThat(cited.shownCount()).isEqualTo(95);
        assertThat(cited.shownLists()).isEqualTo(2);
        assertThat(cited.total()).isEqualTo(136);
        assertThat(cited.total("duty-basis")).isEqualTo(131);
        assertThat(cited.total("case-basis")).isEqualTo(5);
        assertThat(cited.total("power-basis")).isZero();
        assertThat(cited.partial()).isTrue();
        assertThat(cited.shown().keySet()).containsExactly("power-basis", "duty-basis", "case-basis");
        assertThat(cited.shown().get("case-basis")).hasSize(5);
        assertThat(cited.title("b")).isEqualTo("清单 b");
    }

    @Test
    void shouldShowOneListWhateverItsSizeAndEverythingWhenThereIsLittle() {
        List<CitedBy.ListTally> big = List.of(tally("a", 250, 0), tally("b", 1, 0));
        assertThat(CitedBy.of(big, CitedByTest::rows).shownCount()).isEqualTo(250);

        List<CitedBy.ListTally> small = List.of(tally("a", 3, 1), tally("b", 1, 0));
        CitedBy cited = CitedBy.of(small, CitedByTest::rows);
        assertThat(cited.partial()).isFalse();
        assertThat(cited.shownCount()).isEqualTo(5);
    }

    private static CitedBy.ListTally tally(String list, long duties, long cases) {
        return new CitedBy.ListTally("graph/" + list, list, "清单 " + list, Map.of("duty-basis", duties, "case-basis", cases));
    }

    /** As many rows as the tally counts, each with its role and list. */
    private static List<Citer> rows(CitedBy.ListTally t) {
        return t.counts().entrySet().stream().flatMap(e -> java.util.stream.LongStream.range(0, e.getValue())
                .mapToObj(i -> new Citer(CitationRole.ofCode(e.getKey()).orElseThrow().entryType().getURI(), t.list(), null, null, null, null, null, null, null, null))).toList();
    }

    /**
     * The article and the graph are bound by a VALUES block put before the pattern: ARQ must put
     * them into the pattern (a sequence), not join the block with the pattern read for every graph
     * (which took 16 s for the most cited article at 100× the data).
     */
    @ParameterizedTest
    @ValueSource(strings = {"article-citers-by-list", "article-citers-in-list"})
    void shouldReadOnlyTheGraphsAndArticleBound(String name) {
        PageQueries queries = new PageQueries(null);
        Map<String, Node> values = Map.of("article", NodeFactory.createURI("https://example.org/article"),
                "graph", NodeFactory.createURI("https://example.org/graph"));
        Query bound = Bindings.bind(queries.query(name), values.entrySet().stream()
                .filter(e -> queries.query(name).toString().contains("?" + e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        String plan = Algebra.optimize(Algebra.compile(bound)).toString();
        assertThat(plan).contains("(sequence").doesNotContain("(join");
    }
}
