package org.quanze.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.ingest.WarningKind;
import org.quanze.reading.GraphReader;

/**
 * The first findings of every list, read file by file and no further than needed, are the first of all the findings
 * read at once, in the same order, for every kind kept and all of them, for limits from one to past the count; and
 * the counts the loads kept, which tell the reading where to stop, are those of the findings.
 */
class ReadingFindingsFirstTest {

    @Test
    void shouldReadTheFirstFindingsOfEveryListAsTheWholeReadingOrdersThem() {
        GraphReader reader = GraphReader.of(Fixtures.bundledStore());
        List<ReadingFinding> all = ReadingFindings.read(reader, null);
        FindingCounts kept = FindingCounts.read(reader, null);
        assertThat(all).hasSizeGreaterThan(30);
        assertThat(all.stream().map(ReadingFinding::fileName).distinct().count()).isGreaterThan(3);

        List<Predicate<WarningKind>> kinds = new ArrayList<>();
        kinds.add(k -> true);
        all.stream().map(ReadingFinding::kind).distinct().forEach(kind -> kinds.add(k -> k == kind));
        for (Predicate<WarningKind> wanted : kinds) {
            List<ReadingFinding> ofKind = all.stream().filter(f -> wanted.test(f.kind())).toList();
            long expected = all.stream().map(ReadingFinding::kind).distinct().filter(wanted)
                    .mapToLong(k -> kept.of(k.code())).sum();
            assertThat(expected).as("the counts kept").isEqualTo(ofKind.size());
            for (int limit : new int[] {1, 3, 10, ofKind.size() - 1, ofKind.size(), ofKind.size() + 5, 200}) {
                assertThat(ReadingFindings.first(reader, wanted, expected, limit)).as("limit " + limit)
                        .isEqualTo(ofKind.subList(0, Math.max(0, Math.min(limit, ofKind.size()))));
            }
            assertThat(ReadingFindings.first(reader, wanted, 0, 200)).as("none kept, none read").isEmpty();
        }
    }
}
