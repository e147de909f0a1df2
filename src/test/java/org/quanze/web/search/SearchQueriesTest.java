package org.quanze.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.queries.Row;
import org.quanze.web.PageQueries;

/** The search query files on the Yulin list and the law texts: one row per hit, each with the power it belongs to. */
class SearchQueriesTest {

    private static final PageQueries QUERIES = new PageQueries(Fixtures.loadedStore());
    private static final String ARTICLE_45 = "https://w3id.org/quanze/id/law/保守国家秘密法/2010-04-29/article/45";

    private static List<Row> rows(String query, String words) {
        return QUERIES.rows(query, Map.of("q", (Node) NodeFactory.createLiteralString(words)));
    }

    @Test
    void shouldGiveEachHitOnceWithThePowerHoldingIt() {
        for (String query : List.of("search-texts", "search-contains")) {
            List<Row> rows = rows(query, "收缴");

            // A duty may match by its name and by its text (two rows, two literals), never twice by one.
            assertThat(rows).as(query).extracting(r -> r.iri("hit") + " " + r.text("literal")).doesNotHaveDuplicates();
            assertThat(rows).as(query).filteredOn(r -> r.iri("hit").endsWith("/power/1/duty/3")).isNotEmpty()
                    .allSatisfy(r -> assertThat(List.of(r.text("powerNumber"), r.text("powerName")))
                            .containsExactly("1", "对非法获取、持有国家秘密载体的行政强制"));
            assertThat(rows).as(query + ": an article belongs to no power").filteredOn(r -> r.iri("hit").equals(ARTICLE_45))
                    .singleElement().satisfies(r -> assertThat(r.text("power")).isNull());
        }
    }

    @Test
    void shouldGiveAPowerFoundByItsNameAsItsOwnPower() {
        List<Row> rows = rows("search-names", "行政强制");

        assertThat(rows).isNotEmpty().extracting(r -> r.iri("hit")).doesNotHaveDuplicates();
        assertThat(rows).filteredOn(r -> r.iri("type").endsWith("#Power"))
                .allSatisfy(r -> assertThat(r.iri("power")).isEqualTo(r.iri("hit")));
    }

    @Test
    void shouldGiveTheEntriesRestingOnAnArticleFoundWithTheirPower() {
        List<Row> rows = QUERIES.rows("search-citers", PageQueries.iri("article", ARTICLE_45));

        String power1 = "https://w3id.org/quanze/id/list/yulin-secrecy-bureau/power/1";
        assertThat(rows).extracting(r -> r.iri("entry"), r -> r.iri("power"), r -> r.text("powerNumber"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(power1, power1, "1"),
                        org.assertj.core.groups.Tuple.tuple(power1 + "/duty/3", power1, "1"));
        assertThat(rows.get(1).text("entryLabel")).isEqualTo("3. 收缴责任");
    }
}
