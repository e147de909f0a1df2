package org.quanze.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The law library bundled with Quanze: data/laws, the national corpus included, catalogued by document and version. */
class LawLibraryTest {

    private final LawLibrary library = LawLibrary.bundled();

    @Test
    void shouldCatalogueEveryTextWithArticlesOnceAndSayWhyTheOthersAreLeftOut() {
        // 1,510 texts of the corpus and the 4 secrecy texts beside it; 81 corpus texts have no 第…条 at all
        // (grep finds none), and 8 are second copies of a version: the corpus files 4 laws under two categories,
        // and the 4 secrecy texts are the corpus's own with their source line.
        assertThat(library.texts().size() + library.left().size()).isEqualTo(1514);
        assertThat(library.left()).filteredOn(l -> l.why().startsWith("no article")).hasSize(81);
        assertThat(library.left()).filteredOn(l -> l.why().startsWith("the same version")).extracting(LawLibrary.Left::path)
                .containsExactlyInAnyOrder("data/laws/national/行政法/保守国家秘密法(2010-04-29).md",
                        "data/laws/national/行政法/保守国家秘密法(2024-02-27).md",
                        "data/laws/national/行政法规/保守国家秘密法实施条例(2014-01-17).md",
                        "data/laws/national/行政法规/保守国家秘密法实施条例(2024-07-10).md",
                        "data/laws/national/行政法/反电信网络诈骗法(2022-09-02).md",
                        "data/laws/national/行政法/居民身份证法(2011-10-29).md",
                        "data/laws/national/行政法/广告法(2021-04-29).md",
                        "data/laws/national/经济法/职业病防治法(2018-12-29).md");
        assertThat(library.texts()).hasSize(1425);
    }

    @Test
    void shouldListTheVersionsOfADocumentOldestFirst() {
        assertThat(library.versions("统计法")).extracting(LawLibrary.Text::versionDate, LawLibrary.Text::inForce,
                LawLibrary.Text::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2009, 6, 27), LocalDate.of(2010, 1, 1), "法律"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 9, 13), null, "法律"));
        assertThat(library.versions("保守国家秘密法")).extracting(LawLibrary.Text::path)
                .containsExactly("data/laws/secrecy-law-2010.md", "data/laws/secrecy-law-2024.md");
        // 民法典 comes part by part: one version, eight parts.
        assertThat(library.versions("民法典")).hasSize(8).extracting(LawLibrary.Text::versionDate)
                .containsOnly(LocalDate.of(2020, 5, 28));
        assertThat(library.versions("行政处罚法")).extracting(LawLibrary.Text::slug).containsExactly("2021-01-22");
    }

    @Test
    void shouldFindTheClosestTitlesOfATitleThatMatchesNone() {
        // medical-security-bureau-2024.xls cites 实施《中华人民共和国社会保险法》若干规定, which the library lacks.
        assertThat(library.closest("实施社会保险法若干规定", 3, 0.5)).extracting(LawLibrary.Suggestion::title)
                .startsWith("中华人民共和国社会保险法");
        // A title with a slip finds its document first.
        assertThat(library.closest("行政许可法实施细则", 3, 0.5)).first().extracting(LawLibrary.Suggestion::key)
                .isEqualTo("行政许可法");
        // 新疆维吾尔自治区消防条例 (fire-supervision-2025.xlsx) comes close to nothing: a regional text not in the library.
        assertThat(library.closest("新疆维吾尔自治区消防条例", 3, 0.5)).isEmpty();
    }

    @Test
    void shouldTakeTheLevelFromTheCategoryTheCorpusFilesATextUnder() {
        assertThat(LawLibrary.level("data/laws/national/行政法规/全国经济普查条例(2018-08-11).md")).isEqualTo("行政法规");
        assertThat(LawLibrary.level("data/laws/national/经济法/统计法(2024-09-13).md")).isEqualTo("法律");
        assertThat(LawLibrary.level("data/laws/national/部门规章/公安部/交通警察道路执勤执法工作规范(2018-01-25).md"))
                .isEqualTo("部门规章");
        assertThat(LawLibrary.level("data/laws/secrecy-law-2010.md")).isNull();
    }
}
