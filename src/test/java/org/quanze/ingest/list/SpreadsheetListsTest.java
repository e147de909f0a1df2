package org.quanze.ingest.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quanze.ingest.Finding;
import org.quanze.ingest.columns.HeaderNames;

/** Merged blocks, sub-items, overflow rows, odd 序号 and several sheets, read from a built workbook. */
class SpreadsheetListsTest {

    private static ListFile file;

    @BeforeAll
    static void read() {
        file = new ListFileReader(HeaderNames.standard()).read(ListWorkbook.FILE, ListWorkbook.bytes());
    }

    private static PowerList penalties() {
        return file.lists().get(0);
    }

    private static Power power(String key) {
        return penalties().powers().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> warnings() {
        return file.findings().stream().map(Finding::toString).toList();
    }

    @Test
    void shouldReadEachSheetAsAListWithItsOwnTitleAndHeader() {
        assertThat(file.tables()).extracting(t -> t.part()).containsExactly("行政处罚", "行政许可");
        assertThat(file.lists()).extracting(PowerList::slug).containsExactly("克拉玛依市测试局-2025-1", "克拉玛依市测试局-2025-2");
        assertThat(file.lists()).extracting(PowerList::department).containsOnly("克拉玛依市测试局");
        assertThat(file.lists()).extracting(PowerList::year).containsOnly(2025);
        Power licence = file.lists().get(1).powers().get(0);
        assertThat(licence.name()).isEqualTo("戊的许可");
        assertThat(licence.category()).isEqualTo("行政许可");
        assertThat(licence.basis().get(0).citations().get(0).refs().get(0).article()).isEqualTo(33);
    }

    @Test
    void shouldGiveMergedNameCategoryAndBasisToTheSubItemRowsBelow() {
        assertThat(penalties().powers()).extracting(Power::key).containsExactly("1", "1-2", "2", "3");
        Power second = power("1-2");
        assertThat(second.number()).isEqualTo(1);
        assertThat(second.name()).isEqualTo("对甲的处罚");
        assertThat(second.subItem()).isEqualTo("对甲二的处罚");
        assertThat(second.category()).isEqualTo("行政处罚");
        ArticleRef ref = second.basis().get(0).citations().get(0).refs().get(0);
        assertThat(ref.reference()).isEqualTo("第三十二条第一款第（三）项");
        assertThat(List.of(ref.article(), ref.paragraph(), ref.item())).containsExactly(32, 1, 3);
        assertThat(second.duties()).extracting(Duty::unit).containsExactly("执法科");
        assertThat(power("1").duties()).extracting(Duty::unit).containsExactly("法制科", "法制科");
        assertThat(power("1").duties().get(0).basis().get(0).citations().get(0).refs())
                .extracting(ArticleRef::article).containsExactly(54, 55);
    }

    @Test
    void shouldReadAnOddNumberAndAddAnOverflowRowToThePowerAbove() {
        Power checked = power("2");
        assertThat(checked.name()).isEqualTo("对乙和丙的检查");
        assertThat(checked.duties()).extracting(Duty::name).containsExactly("检查责任", "处置责任", "其他责任");
        assertThat(checked.remark()).isEqualTo("续表");
        assertThat(checked.dutiesBasis().get(0).citations().get(0).refs().get(0).article()).isEqualTo(38);
        assertThat(checked.basis().get(0).citations().get(0).levelTag()).isNull();
        assertThat(warnings()).anySatisfy(w -> assertThat(w).contains("sheet \"行政处罚\", row 5, column 1")
                .contains("序号 \"2,3\" names several numbers"));
    }

    @Test
    void shouldNumberARowWhose序号WasForgottenAfterThePowerAbove() {
        assertThat(power("3").name()).isEqualTo("对丁的确认");
        assertThat(warnings()).anySatisfy(w -> assertThat(w).contains("row 7, column 1")
                .contains("序号 is empty but the row names a power of its own (对丁的确认): numbered 3"));
    }

    @Test
    void shouldReadSubItemsNumberedUnderTheirMainItem() throws java.io.IOException {
        byte[] csv;
        try (var in = getClass().getResourceAsStream("/testing/lists/sub-numbers.csv")) {
            csv = in.readAllBytes();
        }
        ListFile numbered = new ListFileReader(HeaderNames.standard()).read("sub-numbers.csv", csv);
        List<Power> powers = numbered.lists().get(0).powers();
        assertThat(powers).extracting(Power::key).containsExactly("1", "2", "2-2", "3");
        assertThat(powers).extracting(Power::number).containsExactly(1, 2, 2, 3);
        assertThat(powers).extracting(Power::subItem).containsExactly(null, "对乙一的处罚", "对乙二的处罚", null);
        assertThat(numbered.findings()).isEmpty();
    }

    @Test
    void shouldTraceEveryPowerToTheCellsItWasReadFrom() {
        assertThat(power("1-2").sources()).extracting(c -> c.line() + ":" + c.column())
                .contains("4:3", "3:2", "3:5").doesNotContain("3:3");
        assertThat(power("2").sources()).extracting(c -> c.line() + ":" + c.column()).contains("5:6", "6:6");
    }
}
