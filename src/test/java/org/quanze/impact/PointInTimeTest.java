package org.quanze.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.graph.CitationRole;
import org.quanze.health.QuoteCheck.Verdict;
import org.quanze.impact.pointintime.PointInTime;
import org.quanze.impact.pointintime.PointInTimeRow;

/** The Yulin list read under the versions in force on a day. */
class PointInTimeTest {

    private static List<PointInTimeRow> on(LocalDate day) {
        return new PointInTime(Fixtures.IRIS).read(ImpactFixtures.reader(), ImpactFixtures.YULIN, day);
    }

    private static PointInTimeRow power1Basis(List<PointInTimeRow> rows, int article) {
        return rows.stream().filter(r -> r.citation().backs().powerNumber() == 1 && r.citation().backs().role() == CitationRole.POWER_BASIS
                && r.citation().resolved().articleNumber() == article).findFirst().orElseThrow();
    }

    @Test
    void shouldReadTheListAsPublishedWhileTheCitedVersionsWereInForce() {
        List<PointInTimeRow> rows = on(LocalDate.of(2020, 1, 1));

        assertThat(rows).hasSize(74);
        assertThat(power1Basis(rows, 45).inForce().status()).isEqualTo(ArticleInForce.Status.SAME);
        assertThat(power1Basis(rows, 45).quote()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void shouldTellWhichQuotesNoLongerSayWhatTheArticleInForceSays() {
        List<PointInTimeRow> rows = on(LocalDate.of(2025, 1, 1));

        PointInTimeRow seizure = power1Basis(rows, 45);
        assertThat(seizure.inForce().status()).isEqualTo(ArticleInForce.Status.CARRIED);
        assertThat(seizure.targetLabels()).isEqualTo("52(2)");
        assertThat(seizure.text()).startsWith("保密行政管理部门对保密检查和案件调查处理中");
        assertThat(seizure.quote()).as("保密检查中 became 保密检查和案件调查处理中").isEqualTo(Verdict.MISQUOTE);
        PointInTimeRow register = power1Basis(rows, 36);
        assertThat(register.targetLabels()).isEqualTo("62");
        assertThat(register.quote()).as("the first paragraph of 2024 第六十二条 still reads as quoted").isEqualTo(Verdict.MATCH);
        assertThat(rows).filteredOn(r -> !r.citation().resolved().official())
                .allSatisfy(r -> {
                    assertThat(r.inForce().status()).isEqualTo(ArticleInForce.Status.UNVERIFIABLE);
                    assertThat(r.quote()).isNull();
                });
    }
}
