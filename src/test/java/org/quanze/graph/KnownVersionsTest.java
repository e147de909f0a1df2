package org.quanze.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quanze.ingest.list.HistoryNote;
import org.quanze.law.LawLibrary;

/**
 * The version each citation gets among those the law library holds, for history notes as the bundled
 * lists write them (each quoted from a real cell) and for the month a note may give alone.
 */
class KnownVersionsTest {

    private static KnownVersions known;

    @BeforeAll
    static void library() {
        known = KnownVersions.none();
        for (LawLibrary.Text t : LawLibrary.bundled().texts()) {
            known.add(t.key(), t.versionDate(), t.inForce());
        }
    }

    private static KnownVersions.Resolution resolve(String key, String note, Integer listYear) {
        return known.resolve(key, HistoryNote.parse(note), listYear);
    }

    @Test
    void shouldTakeTheVersionOfTheDateTheNoteGives() {
        // fire-supervision-2025.xlsx: 消防法 as revised on 2021-04-29, the one version the library holds.
        assertThat(resolve("消防法", "根据2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议通过的《全国人民代表大会常务委员会"
                + "关于修改〈中华人民共和国道路交通安全法〉等八部法律的决定》第二次修正", 2025))
                .isEqualTo(new KnownVersions.Resolution("2021-04-29", KnownVersions.Match.NAMED));
    }

    @Test
    void shouldTakeTheVersionThatEnteredIntoForceOnTheDayTheNoteGives() {
        // 行政强制法 was adopted on 2011-06-30 and entered into force on 2012-01-01; the fire list names only that.
        assertThat(known.of("行政强制法")).extracting(KnownVersions.Known::versionDate, KnownVersions.Known::appliesFrom)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2011, 6, 30), LocalDate.of(2012, 1, 1)));
        assertThat(resolve("行政强制法", "中华人民共和国主席令第四十九号 中华人民共和国第十一届全国人民代表大会常务委员会第二十一次会议通过，"
                + "自2012年1月1日起施行。", 2025))
                .isEqualTo(new KnownVersions.Resolution("2011-06-30", KnownVersions.Match.BY_ENTRY_INTO_FORCE));
    }

    @Test
    void shouldTakeTheVersionDatedInTheYearOrMonthTheNoteGivesAndNoOther() {
        // commerce-bureau-2024.xlsx: 对外劳务合作管理条例 cited as （2012年）; the library's version is of 2012-06-04.
        assertThat(resolve("对外劳务合作管理条例", "2012年", 2024))
                .isEqualTo(new KnownVersions.Resolution("2012-06-04", KnownVersions.Match.IN_PERIOD));
        // A note giving a month alone (2019年3月修订) names the version of that month: 社会救助暂行办法 of 2019-03-02 …
        assertThat(known.resolve("社会救助暂行办法", "2019-03", Optional.empty(), List.of(), 2024))
                .isEqualTo(new KnownVersions.Resolution("2019-03-02", KnownVersions.Match.IN_PERIOD));
        // … and a month without a version of the library stays as written: the version before it is another one.
        assertThat(known.resolve("社会救助暂行办法", "2019-04", Optional.empty(), List.of(), 2024))
                .isEqualTo(new KnownVersions.Resolution("2019-04", KnownVersions.Match.AS_WRITTEN));
        assertThat(known.resolve("统计法", "2010", Optional.empty(), List.of(), 2024))
                .isEqualTo(new KnownVersions.Resolution("2010", KnownVersions.Match.AS_WRITTEN));
    }

    @Test
    void shouldTakeTheVersionOfADateAFewDaysOffOnlyWhenNoOtherIsNear() {
        // archives-bureau-2024.xlsx dates the revision of 行政许可法 2019年4月24日 (the session adopted it on 4月23日).
        assertThat(resolve("行政许可法", "2003年8月27日第十届全国人民代表大会常务委员会第四次会议通过，自2004年7月1日起施行。2019年4月24日"
                + "第十三届全国人民代表大会常务委员会第十次会议修正，自公布之日起施行", 2024))
                .isEqualTo(new KnownVersions.Resolution("2019-04-23", KnownVersions.Match.NEAR_DATE));
        // medical-security-bureau-2024.xls cites 行政处罚法 as amended in 2017: the library holds the 2021 text only.
        assertThat(resolve("行政处罚法", "2017年9月1日第二次修正", 2024))
                .isEqualTo(new KnownVersions.Resolution("2017-09-01", KnownVersions.Match.AS_WRITTEN));
    }

    @Test
    void shouldInferTheVersionInForceAtTheStartOfTheListsYearForACitationThatNamesNone() {
        // medical-security-bureau-2024.xls cites 价格法 with no history note: the 1997 text, the only one.
        assertThat(resolve("价格法", null, 2024)).isEqualTo(new KnownVersions.Resolution("1997-12-29",
                KnownVersions.Match.INFERRED));
        // 统计法 was revised on 2024-09-13: a list of 2024 cited the 2009 text, one of 2025 the 2024 text.
        assertThat(resolve("统计法", "", 2024).slug()).isEqualTo("2009-06-27");
        assertThat(resolve("统计法", "", 2025).slug()).isEqualTo("2024-09-13");
        // No text known: the version as cited in the list's year, which names no official version.
        assertThat(resolve("泄密案件查处办法", null, 2025)).isEqualTo(new KnownVersions.Resolution("cited-2025",
                KnownVersions.Match.AS_WRITTEN));
        // A note that names an order but no year (国务院令第649号) names no version either.
        assertThat(resolve("社会救助暂行办法", "中华人民共和国国务院令第649号", 2024).match())
                .isEqualTo(KnownVersions.Match.INFERRED);
    }

    @Test
    void shouldReadAPeriodFromASlug() {
        assertThat(KnownVersions.period("2017-10")).hasValueSatisfying(p -> assertThat(p)
                .containsExactly(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 31)));
        assertThat(KnownVersions.period("2018")).hasValueSatisfying(p -> assertThat(p)
                .containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)));
        assertThat(KnownVersions.period("2017-13")).isEmpty();
        assertThat(KnownVersions.period("cited-2024")).isEmpty();
    }
}
