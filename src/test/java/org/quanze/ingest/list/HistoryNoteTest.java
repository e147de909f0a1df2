package org.quanze.ingest.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HistoryNoteTest {

    @Test
    void shouldReadPromulgationAndAmendmentWithTheirOrders() {
        HistoryNote note = HistoryNote.parse("1988年9月5日主席令第6号公布，2010年4月29日主席令第28号修改");
        assertThat(note.events()).containsExactly(
                new HistoryNote.Event(LocalDate.of(1988, 9, 5), "主席令第6号", "公布"),
                new HistoryNote.Event(LocalDate.of(2010, 4, 29), "主席令第28号", "修改"));
        assertThat(note.versionSlug()).isEqualTo("2010-04-29");
    }

    @Test
    void shouldJoinAnOrderWrittenBeforeItsDate() {
        HistoryNote note = HistoryNote.parse("广西壮族自治区人民政府令第24号，2007年6月13日发布");
        assertThat(note.events()).containsExactly(
                new HistoryNote.Event(LocalDate.of(2007, 6, 13), "广西壮族自治区人民政府令第24号", "发布"));
    }

    @Test
    void shouldNameAVersionByTheYearOfItsDocumentNumberWhenUndated() {
        HistoryNote note = HistoryNote.parse("国保发〔2013〕14号");
        assertThat(note.events()).isEmpty();
        assertThat(note.documentNumber()).isEqualTo("国保发〔2013〕14号");
        assertThat(note.versionSlug()).isEqualTo("2013");
        assertThat(HistoryNote.parse(null).versionSlug()).isEqualTo("undated");
    }
}
