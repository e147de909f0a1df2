package org.quanze.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.ingest.SourceException;

class TextTableReaderTest {

    private final TextTableReader reader = new TextTableReader();

    @Test
    void shouldSplitTheYulinListIntoTitleHeaderRowsAndRaggedDataRows() {
        SourceTable table = reader.read("yulin-secrecy-bureau.txt", Fixtures.bytes(Fixtures.YULIN));
        assertThat(table.titleLine()).isEqualTo("29.玉林市国家保密局权责清单");
        assertThat(table.rows()).extracting(SourceRow::width).containsExactly(5, 13, 13, 13, 13, 13, 13, 12);
        assertThat(table.rows().get(0).cells()).extracting(SourceCell::text)
                .containsExactly("序号", "权力分类", "权力清单", "责任清单", "备注");
        assertThat(table.rows().get(1).cell(6).orElseThrow().text()).isEqualTo("承办的\n内设\n机构和单位");
        assertThat(table.rows().get(2).cell(3).orElseThrow().text()).isEqualTo("对非法获取、持有国家秘密载体的行政强制");
        assertThat(table.rows().get(2).cell(13).orElseThrow().text()).isEqualTo("\u3000");
        assertThat(table.rows().get(4).cell(13).orElseThrow().text()).isEmpty();
        assertThat(table.rows().get(7).cell(12).orElseThrow().text()).endsWith("免责情形。\n ");
    }

    @Test
    void shouldKnowTheLineEachCellStartsOn() {
        SourceTable table = reader.read("y.txt", Fixtures.bytes(Fixtures.YULIN));
        assertThat(table.rows().get(2).line()).isEqualTo(25);
        assertThat(table.rows().get(2).cell(7).orElseThrow().line()).isEqualTo(31);
    }

    @Test
    void shouldWriteBackTheSameBytes() {
        byte[] bytes = Fixtures.bytes(Fixtures.YULIN);
        SourceTable table = reader.read("y.txt", bytes);
        assertThat(new TextTableWriter().write(table).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }

    @Test
    void shouldKeepCrLfLineBreaksAndAByteOrderMark() {
        String text = "\uFEFF1.标题\r\n\t序号\r\n\t名称\r\n\r\n\t1\r\n\t第一行\r\n续行\r\n";
        SourceTable table = reader.read("crlf.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).cell(2).orElseThrow().text()).isEqualTo("第一行\n续行");
        assertThat(new TextTableWriter().write(table)).isEqualTo(text);
    }

    @Test
    void shouldRefuseAnEmptyFileNamingItsFirstRowAndColumn() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0]))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("empty.txt, row 1, column 1")
                .hasMessageContaining("empty");
    }

    @Test
    void shouldRefuseABadByteNamingTheRowAndColumnItFallsIn() {
        String text = new String(Fixtures.bytes(Fixtures.YULIN), StandardCharsets.UTF_8);
        int at = text.indexOf("1.取得批准责任（保密技术检查科）");
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[head.length + 1];
        System.arraycopy(head, 0, bad, 0, head.length);
        bad[head.length] = (byte) 0xFF;
        assertThatThrownBy(() -> reader.read("bad.txt", bad))
                .isInstanceOf(SourceException.class)
                .satisfies(e -> {
                    SourceException se = (SourceException) e;
                    assertThat(se.location().row()).isEqualTo(3);
                    assertThat(se.location().column()).isEqualTo(8);
                })
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void shouldRefuseAListSavedInGbk() {
        byte[] gbk = new String(Fixtures.bytes(Fixtures.YULIN), StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> reader.read("gbk.txt", gbk))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("gbk.txt, row 1, column 1, line 1")
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void shouldRefuseTextOutsideAnyCell() {
        assertThatThrownBy(() -> reader.read("t.txt", "标题\n没有制表符的行\n\t序号".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SourceException.class).hasMessageContaining("line 2");
    }
}
