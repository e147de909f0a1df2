package org.quanze.ingest.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HistoryNoteTest {

    private static PartialDate day(int y, int m, int d) {
        return PartialDate.of(LocalDate.of(y, m, d));
    }

    @Test
    void shouldReadPromulgationAndAmendmentWithTheirOrders() {
        HistoryNote note = HistoryNote.parse("1988年9月5日主席令第6号公布，2010年4月29日主席令第28号修改");
        assertThat(note.events()).containsExactly(
                new HistoryNote.Event(day(1988, 9, 5), "主席令第6号", "公布"),
                new HistoryNote.Event(day(2010, 4, 29), "主席令第28号", "修改"));
        assertThat(note.versionSlug()).isEqualTo("2010-04-29");
    }

    @Test
    void shouldJoinAnOrderWrittenBeforeItsDate() {
        HistoryNote note = HistoryNote.parse("广西壮族自治区人民政府令第24号，2007年6月13日发布");
        assertThat(note.events()).containsExactly(
                new HistoryNote.Event(day(2007, 6, 13), "广西壮族自治区人民政府令第24号", "发布"));
    }

    @Test
    void shouldNameAVersionByTheYearOfItsDocumentNumberWhenUndated() {
        HistoryNote note = HistoryNote.parse("国保发〔2013〕14号");
        assertThat(note.events()).isEmpty();
        assertThat(note.documentNumber()).isEqualTo("国保发〔2013〕14号");
        assertThat(note.versionSlug()).isEqualTo("2013");
        assertThat(HistoryNote.parse(null).versionSlug()).isEqualTo("undated");
    }

    /** Cells write one number with other brackets or spaces; the version carries it once, the official way. */
    @Test
    void shouldWriteTheDocumentNumberInItsOfficialFormWhateverTheBrackets() {
        assertThat(HistoryNote.parse("银保监发【2018】1号").documentNumber()).isEqualTo("银保监发〔2018〕1号");
        assertThat(HistoryNote.parse("银保监发〔2018〕1号").documentNumber()).isEqualTo("银保监发〔2018〕1号");
        assertThat(HistoryNote.parse("国保发[2013] 14 号").documentNumber()).isEqualTo("国保发〔2013〕14号");
        assertThat(HistoryNote.parse("新政办发（2019）7号").documentNumber()).isEqualTo("新政办发〔2019〕7号");
    }

    /** The two notes of issue 11: the latest event wins whatever the precision of its date. */
    @Test
    void shouldNameTheVersionByItsLatestEventAtThePrecisionWritten() {
        HistoryNote month = HistoryNote.parse("1983年1月3日国务院发布 根据1992年5月30日修正 国务院令第98号，2017年10月修正");
        assertThat(month.versionSlug()).isEqualTo("2017-10");
        assertThat(month.versionDate()).get().satisfies(d -> {
            assertThat(d.precision()).isEqualTo(PartialDate.Precision.MONTH);
            assertThat(d.contains(LocalDate.of(2017, 10, 7))).isTrue();
            assertThat(d.contains(LocalDate.of(2017, 11, 1))).isFalse();
            assertThat(d.exact()).isEmpty();
        });
        HistoryNote year = HistoryNote.parse("2015年8月修订通过，自2016年1月1日起施行，2018年修正");
        assertThat(year.versionSlug()).isEqualTo("2018");
        assertThat(year.versionDate()).get().extracting(PartialDate::precision).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(year.events()).extracting(e -> e.date().slug()).containsExactly("2015-08", "2016-01-01", "2018");
    }

    @Test
    void shouldTakeTheLatestEventWhenTheNoteWritesThemOutOfOrder() {
        assertThat(HistoryNote.parse("2018年修正，2009年8月27日修改，1996年10月29日通过").versionSlug()).isEqualTo("2018");
        assertThat(HistoryNote.parse("2019年4月修正，2007年3月16日通过").versionSlug()).isEqualTo("2019-04");
    }

    @Test
    void shouldPreferTheDayToTheMonthOrYearThatHoldsIt() {
        assertThat(HistoryNote.parse("2017年10月27日通过，2017年10月修正").versionSlug()).isEqualTo("2017-10-27");
    }

    @Test
    void shouldNotTakeAnEntryIntoForceOrAnOrdersYearForAnEvent() {
        assertThat(HistoryNote.parse("自2011年1月8日起实施").versionDate()).isEmpty();
        assertThat(HistoryNote.parse("自2011年1月8日起实施").versionSlug()).isEqualTo("2011");
        HistoryNote order = HistoryNote.parse("国务院令2007年第512号，2007年11月28日国务院第197次常务会议通过，自2008年1月1日起施行。"
                + "《国务院关于修改部分行政法规的决定》（2019年4月国务院令第714号修正）");
        assertThat(order.events()).extracting(e -> e.date().slug()).containsExactly("2007-11-28", "2008-01-01", "2019-04");
        assertThat(order.events().get(2).orderNumber()).isEqualTo("国务院令第714号");
        assertThat(order.versionSlug()).isEqualTo("2019-04");
    }

    @Test
    void shouldTakeAPromulgationPutInForceAtOnceForAnEvent() {
        assertThat(HistoryNote.parse("2021年1月1日发布实施").versionSlug()).isEqualTo("2021-01-01");
    }
}
