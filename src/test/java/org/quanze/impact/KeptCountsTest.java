package org.quanze.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Source;
import org.quanze.load.SourceKind;
import org.quanze.store.Tdb2Store;

/**
 * The citations of each article counted per list and role, kept by the load in each list file's health
 * graph, against a COUNT over the lists' own graphs written apart from the code that keeps them: on the
 * bundled lists, and again after one list is loaded with an article changed.
 */
class KeptCountsTest {

    private static final String KEPT = """
            SELECT ?article ?list ?role ?n WHERE {
              GRAPH ?h { ?h qz:checkedGraph ?g . ?t qz:tallyOf ?article ; qz:tallyList ?list ; qz:tallyRole ?role ; qz:tallyCount ?n } }""";

    /** Every citation, by the entry it backs and how: a power's own basis, a duty's, a case's, or all of them. */
    private static final String RAW = """
            SELECT ?article ?list ?role (COUNT(?c) AS ?n) WHERE {
              GRAPH ?g {
                ?list a qz:PowerList ; qz:hasPower ?p .
                { ?p qz:hasBasis ?c BIND("power-basis" AS ?role) }
                UNION { ?p qz:hasDuty ?d . ?d qz:hasBasis ?c BIND("duty-basis" AS ?role) }
                UNION { ?p qz:dutiesBasis ?c BIND("duty-basis" AS ?role) }
                UNION { ?p qz:hasAccountabilityCase ?k . ?k qz:hasBasis ?c BIND("case-basis" AS ?role) }
                UNION { ?p qz:casesBasis ?c BIND("case-basis" AS ?role) }
                ?c qz:citesArticle ?article .
              }
            } GROUP BY ?article ?list ?role""";

    private static final String ARTICLE_45 = "https://w3id.org/quanze/id/law/保守国家秘密法/2010-04-29/article/45";
    private static final String ARTICLE_46 = "https://w3id.org/quanze/id/law/保守国家秘密法/2010-04-29/article/46";
    private static final String YULIN = "https://w3id.org/quanze/id/list/yulin-secrecy-bureau";

    private static Map<String, Long> counts(Tdb2Store store, String query) {
        Map<String, Long> counts = new TreeMap<>();
        Fixtures.select(store, query).forEach(r -> counts.merge(r.get("article") + " " + r.get("list") + " " + r.get("role"),
                Long.parseLong(r.get("n")), Long::sum));
        return counts;
    }

    @Test
    void shouldKeepTheCitationsOfEachArticlePerListAndRoleAsTheListsHoldThem() throws Exception {
        Tdb2Store store = Fixtures.emptyStore();
        List<Path> paths = new ArrayList<>(Fixtures.SECRECY_TEXTS);
        try (Stream<Path> files = Files.walk(Path.of("data/lists"))) {
            files.filter(Files::isRegularFile).filter(p -> SourceKind.of(p.getFileName().toString()).isPresent())
                    .sorted().forEach(paths::add);
        }
        Fixtures.loader(store).load(Source.fromPaths(paths), LoadListener.NONE);

        Map<String, Long> raw = counts(store, RAW);
        assertThat(raw).as("articles cited per list and role by the eight list files").hasSizeGreaterThan(433);
        assertThat(counts(store, KEPT)).isEqualTo(raw);

        String yulin = new String(Fixtures.bytes(Fixtures.YULIN), StandardCharsets.UTF_8);
        // The first citation of 第四十五条 in the Yulin list now cites 第四十六条.
        LoadReport report = Fixtures.loader(store).load(List.of(new Source(Fixtures.YULIN, "yulin-secrecy-bureau.txt",
                SourceKind.LIST, yulin.replaceFirst("第四章第四十五条", "第四章第四十六条").getBytes(StandardCharsets.UTF_8))),
                LoadListener.NONE);

        assertThat(report.written()).isTrue();
        Map<String, Long> after = counts(store, RAW);
        assertThat(counts(store, KEPT)).isEqualTo(after);
        String key45 = ARTICLE_45 + " " + YULIN + " power-basis";
        String key46 = ARTICLE_46 + " " + YULIN + " power-basis";
        assertThat(after.getOrDefault(key45, 0L)).isEqualTo(raw.get(key45) - 1);
        assertThat(after.getOrDefault(key46, 0L)).isEqualTo(raw.getOrDefault(key46, 0L) + 1);
    }
}
