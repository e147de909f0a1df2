package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The page queries read a citation together with the document, version and article it names inside the graph
 * that holds the citation (GRAPH ?g { … }), so that a store whose default graph repeats a triple once per graph
 * holding it (Virtuoso) does not multiply them. That holds only if every graph holding a citation states what the
 * citation names: checked here on the bundled data, each pattern those queries read in the citing graph.
 */
class CitingGraphsTest extends WebTest {

    private static final String PREFIXES = """
            PREFIX qz:  <https://w3id.org/quanze/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            """;

    @Autowired
    GraphStore store;

    @Test
    void shouldStateInTheCitingGraphTheDocumentVersionAndArticleEachCitationNames() {
        assertThat(count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c qz:citesArticle ?a } }"))
                .as("citations of an article in the bundled data").isGreaterThan(1000);
        List<String> missing = new ArrayList<>();
        for (String pattern : List.of(
                "?c qz:citesDocument ?d . FILTER NOT EXISTS { GRAPH ?g { ?d a qz:LegalDocument ; qz:shortTitle ?t } }",
                "?c qz:citesVersion ?v ; qz:citesDocument ?d . FILTER NOT EXISTS { GRAPH ?g { ?d eli:is_realized_by ?v . "
                        + "?v a qz:LegalDocumentVersion ; eli:realizes ?d } }",
                "?c qz:citesArticle ?a ; qz:citesVersion ?v . FILTER NOT EXISTS { GRAPH ?g { ?v eli:has_part ?a . "
                        + "?a a qz:Article ; qz:articleNumber ?n } }")) {
            long n = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { " + pattern + " } }");
            if (n > 0) {
                missing.add(n + " × " + pattern);
            }
        }
        assertThat(missing).as("citations whose graph does not state what they name").isEmpty();
    }

    @Test
    void shouldStateAnArticlesTextOnlyInTheGraphOfItsOfficialText() {
        // impact-article.rq and search-contains.rq read an article's text, and what its graph says of it, in the one
        // graph holding the text
        assertThat(count("SELECT (COUNT(*) AS ?n) WHERE { ?a a qz:Article . GRAPH ?g1 { ?a qz:text ?t1 } "
                + "GRAPH ?g2 { ?a qz:text ?t2 } FILTER(?g1 != ?g2) }")).isZero();
        assertThat(count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a qz:text ?t ; a qz:Article } "
                + "FILTER NOT EXISTS { GRAPH ?g { ?v eli:has_part ?a . ?a qz:articleNumber ?n } } }")).isZero();
    }

    private long count(String query) {
        return store.select(QueryFactory.create(PREFIXES + query)).next().getLiteral("n").getLong();
    }
}
