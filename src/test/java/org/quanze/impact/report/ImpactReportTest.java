package org.quanze.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.graph.CitationRole;
import org.quanze.impact.ImpactFixtures;
import org.quanze.impact.correspondence.ChangeType;
import org.quanze.law.TextDiff;

/** The impact of the 2024 revisions on the Yulin list. */
class ImpactReportTest {

    private static final ImpactReports REPORTS = new ImpactReports(Fixtures.IRIS);

    private static ImpactReport law() {
        return REPORTS.report(ImpactFixtures.reader(), "保守国家秘密法", "2010", "2024", null);
    }

    private static ImpactReport regulation() {
        return REPORTS.report(ImpactFixtures.reader(), "中华人民共和国保守国家秘密法实施条例", "2014", "2024", null);
    }

    @Test
    void shouldFollowPower1sBasisFrom2010Article45Into2024Article52Paragraph2() {
        assertThat(law().rows()).filteredOn(r -> r.citation().backs().powerNumber() == 1 && r.citation().backs().role() == CitationRole.POWER_BASIS)
                .singleElement().satisfies(r -> {
                    assertThat(r.citation().resolved().articleNumber()).isEqualTo(45);
                    assertThat(r.change()).isEqualTo(ChangeType.MERGED);
                    assertThat(r.newArticles()).containsExactly(52);
                    assertThat(r.targetLabels()).isEqualTo("52(2)");
                    assertThat(r.oldText()).isEqualTo("保密行政管理部门对保密检查中发现的非法获取、持有的国家秘密载体，应当予以收缴。");
                    assertThat(r.newText()).startsWith("保密行政管理部门对保密检查和案件调查处理中发现的").doesNotContain("\n");
                    assertThat(r.diff().newSide()).contains(new TextDiff.Segment(TextDiff.Segment.Kind.INSERTED, "和案件调查处理"));
                });
    }

    @Test
    void shouldFollowPower5sBasisFrom2010Article28Into2024Article34Amended() {
        assertThat(law().rows()).filteredOn(r -> r.citation().backs().powerNumber() == 5 && r.citation().backs().role() == CitationRole.POWER_BASIS)
                .singleElement().satisfies(r -> {
                    assertThat(r.citation().resolved().articleNumber()).isEqualTo(28);
                    assertThat(r.change()).isEqualTo(ChangeType.AMENDED);
                    assertThat(r.targetLabels()).isEqualTo("34");
                    assertThat(r.diff().changed()).isTrue();
                    assertThat(r.citation().backs().unitName()).isEqualTo("保密业务科");
                });
    }

    @Test
    void shouldListEveryCitationOfTheLawWithItsEntryAndNewNumbers() {
        assertThat(law().rows()).extracting(r -> r.citation().backs().powerNumber(), r -> r.citation().backs().role().code(),
                        r -> r.citation().backs().entryNumber(), r -> r.citation().resolved().articleNumber(), ImpactRow::change, ImpactRow::targetLabels)
                .containsExactly(
                        tuple(1, "power-basis", null, 45, ChangeType.MERGED, "52(2)"),
                        tuple(1, "duty-basis", 3, 45, ChangeType.MERGED, "52(2)"),
                        tuple(2, "power-basis", null, 44, ChangeType.SPLIT, "51;52(2)"),
                        tuple(2, "duty-basis", 2, 44, ChangeType.SPLIT, "51;52(2)"),
                        tuple(3, "power-basis", null, 42, ChangeType.AMENDED, "49"),
                        tuple(3, "power-basis", null, 44, ChangeType.SPLIT, "51;52(2)"),
                        tuple(5, "power-basis", null, 28, ChangeType.AMENDED, "34"),
                        tuple(5, "duty-basis", 3, 28, ChangeType.AMENDED, "34"),
                        tuple(5, "duty-basis", 4, 50, ChangeType.AMENDED, "59"),
                        tuple(6, "power-basis", null, 23, ChangeType.AMENDED, "30"));
        assertThat(law().totals()).containsExactlyInAnyOrderEntriesOf(Map.of(ChangeType.UNCHANGED, 0L, ChangeType.RENUMBERED, 0L,
                ChangeType.AMENDED, 5L, ChangeType.SPLIT, 3L, ChangeType.MERGED, 2L, ChangeType.REPEALED, 0L, ChangeType.ADDED, 0L));
    }

    @Test
    void shouldCountTheRegulationsCitationsByChangeAndGroupThemByPowerAndUnit() {
        ImpactReport report = regulation();

        assertThat(report.rows()).hasSize(17);
        assertThat(report.totals()).containsEntry(ChangeType.AMENDED, 10L).containsEntry(ChangeType.RENUMBERED, 7L)
                .containsEntry(ChangeType.UNCHANGED, 0L).containsEntry(ChangeType.REPEALED, 0L);
        assertThat(report.rows()).filteredOn(r -> r.citation().resolved().articleNumber() == 44).allSatisfy(r -> {
            assertThat(r.change()).isEqualTo(ChangeType.RENUMBERED);
            assertThat(r.targetLabels()).isEqualTo("72");
        });
        assertThat(report.rows()).filteredOn(r -> r.citation().isRepeat()).as("power 6 cases 2 and 3: 同1")
                .extracting(r -> r.citation().backs().entryNumber()).containsExactly(2, 3);
        assertThat(report.byPower()).extracting(ImpactReport.PowerGroup::label).containsExactly("1. 对非法获取、持有国家秘密载体的行政强制",
                "2. 对保密检查中发现的泄密隐患的行政强制", "3. 对保密工作的监督检查", "4. 对泄密案件的调查处理",
                "5. 要求互联网及其他公共信息网络运营商、服务商删除涉及泄露国家秘密的信息", "6. 涉密信息系统投入使用前的保密审查");
        assertThat(report.byUnit()).extracting(ImpactReport.Group::label)
                .containsExactly("保密技术检查科", "驻市委办公室纪检监察组", "保密业务科");
        assertThat(report.byUnit().get(1).totals()).containsEntry(ChangeType.RENUMBERED, 7L);
    }

    @Test
    void shouldCountOnItsPageEveryCitationTheWholeReportHasAndShowThemAllWhenTheyFitOnePage() {
        for (String[] asked : new String[][]{{"保守国家秘密法", "2010", "2024"}, {"中华人民共和国保守国家秘密法实施条例", "2014", "2024"}}) {
            ImpactReport whole = REPORTS.report(ImpactFixtures.reader(), asked[0], asked[1], asked[2], null);
            ImpactReport page = REPORTS.page(ImpactFixtures.reader(), asked[0], asked[1], asked[2], null, 1);

            // The page counts from its own query (impact-summary-citations.rq), the whole report from every row in full.
            assertThat(page.tallies()).as(asked[0]).isNotEmpty().containsExactlyInAnyOrderElementsOf(whole.tallies());
            assertThat(page.totals()).isEqualTo(whole.totals());
            assertThat(page.articleTotals()).isEqualTo(whole.articleTotals());
            assertThat(page.byUnit()).extracting(ImpactReport.Group::label, ImpactReport.Group::totals, ImpactReport.Group::powers)
                    .containsExactlyInAnyOrderElementsOf(whole.byUnit().stream().map(g -> tuple(g.label(), g.totals(), g.powers())).toList());
            assertThat(page.partial()).isFalse();
            assertThat(page.pageCount()).isEqualTo(1);
            assertThat(page.rows()).extracting(ImpactRow::tally, ImpactRow::oldText, ImpactRow::newText, ImpactRow::targets)
                    .containsExactlyInAnyOrderElementsOf(whole.rows().stream().map(r -> tuple(r.tally(), r.oldText(), r.newText(), r.targets())).toList());
        }
    }

    /**
     * The server keeps what reports read and compute for the store's generation ({@link ReportMemo}): one memo shared
     * by the reports of two documents, by a page and the whole report, by every list and one, asked twice each (the
     * second time answered from what the first kept: texts, outcomes, diffs, the citations counted), gives what a
     * report made afresh gives.
     */
    @Test
    void shouldMakeTheSameReportsWithOneMemoSharedAcrossDocumentsPagesAndLists() {
        ReportMemo memo = ReportMemo.forOneReport();
        for (int round = 0; round < 2; round++) {
            for (String[] asked : new String[][]{{"保守国家秘密法", "2010", "2024"}, {"中华人民共和国保守国家秘密法实施条例", "2014", "2024"}}) {
                for (String list : new String[]{null, ImpactFixtures.YULIN}) {
                    ImpactReport fresh = REPORTS.report(ImpactFixtures.reader(), asked[0], asked[1], asked[2], list);
                    ImpactReport kept = REPORTS.report(ImpactFixtures.reader(), memo, asked[0], asked[1], asked[2], list);
                    ImpactReport page = REPORTS.page(ImpactFixtures.reader(), memo, asked[0], asked[1], asked[2], list, 1);
                    assertThat(page.tallies()).as("counted from the kept digests, or the memo's second time")
                            .containsExactlyInAnyOrderElementsOf(fresh.tallies());
                    for (ImpactReport r : java.util.List.of(kept, page)) {
                        assertThat(r.from()).isEqualTo(fresh.from());
                        assertThat(r.to()).isEqualTo(fresh.to());
                        assertThat(r.totals()).as(asked[0]).isEqualTo(fresh.totals());
                        assertThat(r.rows()).extracting(ImpactRow::tally, ImpactRow::change, ImpactRow::targetLabels,
                                        ImpactRow::oldText, ImpactRow::newText, row -> row.diff().segments())
                                .containsExactlyInAnyOrderElementsOf(fresh.rows().stream().map(row -> tuple(row.tally(),
                                        row.change(), row.targetLabels(), row.oldText(), row.newText(), row.diff().segments())).toList());
                    }
                }
            }
        }
        assertThat(memo.texts.asMap()).as("official texts kept").isNotEmpty();
        assertThat(memo.outcomes.asMap()).as("what became of each article, by direction and chain").isNotEmpty();
        assertThat(memo.revisions.asMap()).hasSize(2);
        assertThat(memo.tallies.asMap()).as("per revision, for every list and for one").hasSize(4);
    }

    @Test
    void shouldAcceptTheTitleHoweverTheListWritesItAndVersionsByYearOrDate() {
        assertThat(REPORTS.report(ImpactFixtures.reader(), "《中华人民共和国保守国家秘密法》", "2010-04-29", "2024-05-01", null)
                .rows()).hasSameSizeAs(law().rows());
        assertThat(REPORTS.report(ImpactFixtures.reader(), "保守国家秘密法", "2010", "2024", ImpactFixtures.YULIN).rows())
                .hasSameSizeAs(law().rows());
    }

    @Test
    void shouldRefuseWhatCannotBeReportedNamingWhy() {
        assertThatThrownBy(() -> REPORTS.report(ImpactFixtures.reader(), "保守国家秘密法", "2011", "2024", null))
                .hasMessageContaining("no version of 《保守国家秘密法》 is named 2011").hasMessageContaining("2010-04-29");
        assertThatThrownBy(() -> REPORTS.report(ImpactFixtures.reader(), "保守国家秘密法", "2024", "2010", null))
                .hasMessageContaining("not later");
        assertThatThrownBy(() -> REPORTS.report(ImpactFixtures.reader(), "保密检查工作规定", "2013", "2013", null))
                .hasMessageContaining("is not held");
        assertThatThrownBy(() -> REPORTS.report(ImpactFixtures.reader(), "不存在的法", "2010", "2024", null))
                .hasMessageContaining("no document");
    }
}
