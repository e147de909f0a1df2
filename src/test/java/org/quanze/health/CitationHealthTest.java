package org.quanze.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;
import org.quanze.impact.ImpactFixtures;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Source;
import org.quanze.reading.GraphReader;
import org.quanze.store.Tdb2Store;

/**
 * The citation health report on the Yulin list as published: every real mistake it makes is
 * pinned here with its row and column, read by hand against the official 2010 law and 2014
 * regulation (row 3 is power 1; column 7 is 实施依据, 9 责任事项依据, 11 追责依据).
 */
class CitationHealthTest {

    private static List<HealthFinding> findings;

    @BeforeAll
    static void read() {
        findings = HealthGraph.read(ImpactFixtures.reader(), ImpactFixtures.YULIN);
    }

    private static List<HealthFinding> of(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void shouldFindTheLawTaggedAsAnAdministrativeRegulationInPower5DutyBasis4Dash1() {
        assertThat(of(FindingKind.LEVEL_MISMATCH)).filteredOn(f -> "保守国家秘密法".equals(f.cites().documentKey()))
                .singleElement().satisfies(f -> {
                    assertThat(List.of(f.place().row(), f.place().column(), f.about().powerNumber(), f.about().role().code(), f.about().entryNumber(), f.about().item()))
                            .containsExactly(7, 9, 5, "duty-basis", 4, "4-1");
                    assertThat(f.cites().reference()).isEqualTo("第五章第五十条");
                    assertThat(f.found().citedText()).isEqualTo("行政法规");
                    assertThat(f.found().knownText()).isEqualTo("法律");
                    assertThat(f.found().knownFrom()).isEqualTo(HealthFinding.OFFICIAL_TEXT);
                });
    }

    /**
     * 《广西壮族自治区行政过错责任追究办法》 has no text here, but every citation names its order
     * (广西壮族自治区人民政府令第24号): what a people's government promulgates by order is a local
     * government rule (地方政府规章), never a local regulation (地方性法规), which a people's
     * congress standing committee publishes by announcement. The finding says it rests on the order.
     */
    @Test
    void shouldFindTheGuangxiRuleTaggedAsALocalRegulationByTheOrderThatPromulgatedIt() {
        assertThat(of(FindingKind.LEVEL_MISMATCH)).filteredOn(f -> f.cites().documentKey().startsWith("广西"))
                .extracting(h -> h.place().row(), h -> h.place().column(), h -> h.about().powerNumber(), h -> h.about().entryNumber(),
                        h -> h.found().citedText(), h -> h.found().knownText(), h -> h.found().knownFrom())
                .containsExactly(
                        tuple(3, 11, 1, 2, "地方性法规", "地方政府规章", HealthFinding.PROMULGATING_ORDER),
                        tuple(4, 11, 2, 2, "地方性法规", "地方政府规章", HealthFinding.PROMULGATING_ORDER),
                        tuple(5, 11, 3, 2, "地方性法规", "地方政府规章", HealthFinding.PROMULGATING_ORDER),
                        tuple(7, 11, 5, 2, "地方性法规", "地方政府规章", HealthFinding.PROMULGATING_ORDER));
    }

    @Test
    void shouldFindBothArticlesPower6CitesInTheWrongChapter() {
        assertThat(of(FindingKind.CHAPTER_MISMATCH))
                .extracting(h -> h.place().row(), h -> h.place().column(), h -> h.about().powerNumber(), h -> h.about().item(),
                        h -> h.cites().documentKey(), h -> h.found().citedText(), h -> h.found().knownText())
                .containsExactly(
                        tuple(8, 7, 6, "1", "保守国家秘密法", "第四章第二十三条第三款", "第三章 保密制度"),
                        tuple(8, 7, 6, "2", "保守国家秘密法实施条例", "第四章第二十四条", "第三章 保密制度"));
    }

    @Test
    void shouldFindTheRegulationMisquotedWhereTheListWritesOtherWords() {
        assertThat(of(FindingKind.MISQUOTE))
                .extracting(h -> h.place().row(), h -> h.place().column(), h -> h.about().powerNumber(), h -> h.about().entryNumber(),
                        h -> h.about().item(), h -> h.cites().reference())
                .containsExactly(
                        tuple(3, 9, 1, 1, "1", "第四章第三十五条"),
                        tuple(4, 9, 2, 3, "3-1", "第四章第三十八条"),
                        tuple(5, 9, 3, 4, "4-1", "第四章第三十八条"),
                        tuple(7, 9, 5, 1, "1", "第四章第三十五条"));
        HealthFinding art35 = of(FindingKind.MISQUOTE).get(0);
        assertThat(art35.found().citedText()).contains("应当依法及时调查或组织、督促");
        assertThat(art35.found().knownText()).as("the first sentence of 第三十五条, which the list quotes alone")
                .startsWith("保密行政管理部门对公民举报").endsWith("调查或者组织、督促有关机关、单位调查处理。");
        HealthFinding art38 = of(FindingKind.MISQUOTE).get(1);
        assertThat(art38.found().citedText()).endsWith("不得利用职权谋取私利。");
        assertThat(art38.found().knownText()).endsWith("不得利用职权谋取利益。");
    }

    @Test
    void shouldTakeItemNumbersInEitherBracketWidthAsTheSameText() {
        // Power 3 quotes 第三十二条 of the regulation with （一）…（十二）; the official text writes (一)…(十二).
        // That is typesetting, not a slip: once a minor misquote, now no finding at all.
        assertThat(findings).filteredOn(f -> f.about().powerNumber() == 3 && f.place().row() == 5 && f.place().column() == 7).isEmpty();
        assertThat(of(FindingKind.MINOR_MISQUOTE)).isEmpty();
    }

    @Test
    void shouldSayPlainlyThatTheFourDocumentsWithoutTextCannotBeChecked() {
        List<HealthFinding> unverifiable = of(FindingKind.UNVERIFIABLE);

        // No title of the law library comes close to any of the four (bigrams in common, checked apart by hand):
        // each finding says the library lacks the document rather than naming a title.
        assertThat(unverifiable).hasSize(40).allSatisfy(f -> {
            assertThat(f.found().knownText()).isNull();
            assertThat(f.found().knownFrom()).isEqualTo(HealthFinding.NOT_IN_LIBRARY);
            assertThat(f.found().citedText()).isNotBlank();
        });
        assertThat(unverifiable).extracting(h -> h.cites().documentKey()).containsOnly("保密检查工作规定", "泄密案件查处办法",
                "涉及国家秘密的信息系统审批管理规定", "广西壮族自治区行政过错责任追究办法");
    }

    @Test
    void shouldFindNothingElseInTheYulinList() {
        assertThat(findings).extracting(HealthFinding::kind).containsOnly(FindingKind.LEVEL_MISMATCH,
                FindingKind.CHAPTER_MISMATCH, FindingKind.MISQUOTE, FindingKind.UNVERIFIABLE);
        assertThat(findings.size() - of(FindingKind.UNVERIFIABLE).size()).isEqualTo(5 + 2 + 4);
    }

    @Test
    void shouldAcceptAQuoteOfOneParagraphOrOfTheFirstSentences() {
        // 第二十三条第三款 quoted alone (power 6), 第二十四条 quoted without its second paragraph (power 6),
        // 第四十四条 quoted by its first sentence only (power 3): none is a misquote.
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.MISQUOTE || f.kind() == FindingKind.MINOR_MISQUOTE)
                .noneMatch(f -> f.about().powerNumber() == 6)
                .noneMatch(f -> f.about().powerNumber() == 3 && f.place().column() == 7 && f.cites().articleNumber() == 44);
    }

    @Test
    void shouldComputeTheSameFindingsItStores() {
        List<HealthFinding> computed = new CitationHealth(Fixtures.IRIS).check(ImpactFixtures.reader());

        assertThat(computed).extracting(HealthFinding::iri, h -> h.place().row(), h -> h.place().column(), h -> h.found().citedText())
                .containsExactlyElementsOf(findings.stream().map(f -> tuple(f.iri(), f.place().row(), f.place().column(), f.found().citedText())).toList());
    }

    /** A copy of the list with a made-up mistake of each other kind, loaded with the law texts. */
    @Test
    void shouldFindAMissingArticleAMissingParagraphADanglingSameAsAndALevelTheOtherCitationsContradict(
            @TempDir Path dir) throws IOException {
        String list = Files.readString(Path.of(Fixtures.YULIN), StandardCharsets.UTF_8)
                .replaceFirst("第四章第四十五条：", "第四章第九十五条：")
                .replaceFirst("第四章第二十三条第三款：", "第三章第二十三条第五款：")
                .replaceFirst("3\\.同1\\.", "3.同9.")
                .replaceFirst("【规范性文件】《保密检查工作规定》（国保发〔2013〕14号）第三章第十二条",
                        "【部门规章】《保密检查工作规定》（国保发〔2013〕14号）第三章第十二条");
        Path file = dir.resolve("yulin-variant.txt");
        Files.writeString(file, list, StandardCharsets.UTF_8);
        Tdb2Store store = Fixtures.emptyStore();
        LoadReport report = Fixtures.loader(store).load(Source.fromPaths(java.util.stream.Stream.concat(Fixtures.SECRECY_TEXTS.stream(), java.util.stream.Stream.of(file)).toList()),
                LoadListener.NONE);
        assertThat(report.hasFailures()).as(report.toString()).isFalse();

        List<HealthFinding> found = new CitationHealth(Fixtures.IRIS).check(GraphReader.of(store)).stream()
                .filter(f -> f.kind() != FindingKind.UNVERIFIABLE).toList();

        assertThat(found).extracting(HealthFinding::kind, h -> h.place().row(), h -> h.place().column(), h -> h.found().citedText())
                .contains(
                        tuple(FindingKind.NO_SUCH_ARTICLE, 3, 7, "第四章第九十五条"),
                        tuple(FindingKind.NO_SUCH_ARTICLE, 8, 7, "第三章第二十三条第五款"),
                        tuple(FindingKind.DANGLING_REFERENCE, 6, 11, "3.同9."),
                        tuple(FindingKind.LEVEL_MISMATCH, 4, 9, "部门规章"));
        assertThat(found).filteredOn(f -> f.kind() == FindingKind.DANGLING_REFERENCE).singleElement()
                .satisfies(f -> assertThat(List.of(f.about().powerNumber(), f.about().role().code(), f.about().entryNumber()))
                        .containsExactly(4, "case-basis", 3));
        assertThat(found).filteredOn(f -> f.kind() == FindingKind.LEVEL_MISMATCH && f.place().row() == 4 && f.place().column() == 9)
                .singleElement().satisfies(f -> {
                    assertThat(f.found().knownText()).isEqualTo("规范性文件");
                    assertThat(f.found().knownFrom()).isEqualTo(HealthFinding.OTHER_CITATIONS);
                });
        assertThat(found).filteredOn(f -> f.place().row() == 8 && f.place().column() == 7 && f.about().item().equals("1"))
                .extracting(HealthFinding::kind).as("第三章 is right now; only the paragraph is missing")
                .containsExactly(FindingKind.NO_SUCH_ARTICLE);
    }
}
