package org.quanze.impact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.ServerOnFreshStore;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * /health when the findings are more than a page lists ({@code quanze.health.findings-shown}, 300, set
 * to 100 here so that the twelve bundled lists' 212 findings are too many): a line per list with its
 * counts, each leading to that list's findings, and no finding read to draw it. The counts are checked
 * against the findings themselves, counted by a query written apart from the page's (which reads the
 * counts the loads kept).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"quanze.impact.refresh-on-start=true", "quanze.health.findings-shown=100"})
class HealthByListTest extends ServerOnFreshStore {

    /** Every citation finding of each list, by whether it can be checked, counted from the findings. */
    private static final String FINDINGS_PER_LIST = """
            SELECT ?list ?unverifiable (COUNT(DISTINCT ?f) AS ?n) WHERE {
              GRAPH ?h { ?f a qz:CitationFinding ; qz:findingKind ?k ; qz:aboutEntry ?entry }
              { ?list qz:hasPower ?entry } UNION { ?list qz:hasPower ?p . ?p qz:hasDuty ?entry }
              UNION { ?list qz:hasPower ?p . ?p qz:hasAccountabilityCase ?entry }
              BIND(?k = qz:Unverifiable AS ?unverifiable)
            } GROUP BY ?list ?unverifiable""";

    @Autowired
    GraphStore store;

    @Test
    void shouldCountTheFindingsOfEachListWhenTheyAreMoreThanAPageLists() throws Exception {
        Document page = page("/health");

        Map<String, List<String>> expected = new TreeMap<>();
        for (Map<String, String> r : Fixtures.select(store, FINDINGS_PER_LIST)) {
            List<String> n = expected.computeIfAbsent(r.get("list"), l -> new ArrayList<>(List.of("0", "0")));
            n.set(Boolean.parseBoolean(r.get("unverifiable")) ? 1 : 0, r.get("n"));
        }
        Map<String, String> titles = new TreeMap<>();
        Fixtures.select(store, "SELECT ?list ?title WHERE { ?list a qz:PowerList ; rdfs:label ?title }")
                .forEach(r -> titles.put(r.get("list"), r.get("title")));
        Map<String, List<String>> shown = new TreeMap<>();
        for (Element row : page.select("#lists-findings tbody tr")) {
            String href = row.select("th a").attr("href");
            assertThat(href).startsWith("/health?list=");
            String list = java.net.URLDecoder.decode(href.substring("/health?list=".length()).replaceFirst("&.*", ""),
                    StandardCharsets.UTF_8);
            shown.put(list, row.select("td").eachText().subList(0, 2));
            // Each line titled with its list's title (list-titles.rq: every list, not the form's first 200).
            assertThat(row.select("th a").text()).as(list).isEqualTo(titles.get(list));
        }
        // A list whose file the reader met things in but with no citation finding has a line of its own.
        shown.values().removeIf(n -> n.equals(List.of("0", "0")));
        long findings = expected.values().stream().mapToLong(n -> Long.parseLong(n.get(0))).sum();

        assertThat(findings).as("citation findings of the bundled lists but the unverifiable").isEqualTo(212);
        assertThat(shown).isEqualTo(expected);
        assertThat(page.select("#findings > h2").text()).isEqualTo("发现的问题（212 处）");
        assertThat(page.select("#findings-by-list").text()).startsWith("各清单共 212 处问题，一页列不下：下表按清单（"
                + shown.size() + " 份）");
        assertThat(page.select("#findings article.finding")).isEmpty();
        assertThat(page.select("#findings .empty")).as("not 'nothing found'").isEmpty();
        // The unverifiable stay listed in part, as below the threshold, and the counts per kind are all there.
        assertThat(page.select("#unverifiable tbody tr")).hasSize(200);
        assertThat(page.select("#count-unverifiable td").first().text()).isEqualTo("372");
    }

    @Test
    void shouldListEveryFindingOfAListItsLineLeadsTo() throws Exception {
        Document all = page("/health");
        Element first = all.select("#lists-findings tbody tr").stream()
                .filter(r -> !r.select("td").first().text().equals("0")).findFirst().orElseThrow();
        String count = first.select("td").first().text();

        Document list = page(first.select("th a").attr("href"));

        assertThat(list.select("#lists-findings")).isEmpty();
        assertThat(list.select("#findings > h2").text()).startsWith("发现的问题（" + count + " 处，");
        assertThat(list.select("#findings article.finding ul.places li")).hasSize(Integer.parseInt(count));
    }

    @Test
    void shouldListTheFindingsOfOneKindWhenTheyAreFewEnough() throws Exception {
        Document misquotes = page("/health?kind=misquote");

        assertThat(misquotes.select("#lists-findings")).isEmpty();
        assertThat(misquotes.select("#findings > h2").text()).startsWith("发现的问题（34 处，");
        assertThat(misquotes.select("#unverifiable")).isEmpty();
    }
}
