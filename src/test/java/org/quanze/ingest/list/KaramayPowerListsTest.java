package org.quanze.ingest.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.ingest.columns.HeaderNames;

/**
 * The five Karamay lists read into powers. The counts were taken independently of the reader: a
 * scratch program opened each file with POI's WorkbookFactory, found the row whose cell reads 序号,
 * and counted the rows below it that have a 序号 in column A, or no 序号 but a name of their own.
 */
class KaramayPowerListsTest {

    private static final ListFileReader READER = new ListFileReader(HeaderNames.standard());

    static ListFile read(String fileName) {
        try {
            return READER.read(fileName, Files.readAllBytes(Path.of("data", "lists", "karamay", fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PowerList only(String fileName) {
        ListFile file = read(fileName);
        assertThat(file.lists()).hasSize(1);
        return file.lists().get(0);
    }

    @ParameterizedTest(name = "{0}: {1} powers")
    @CsvSource(delimiter = '|', textBlock = """
            statistics-bureau-2025.xlsx      | 3  | 克拉玛依市统计局       | 2025 | 序号 1–3 in rows 3, 5, 7; rows 4, 6, 8–10 are the lower rows of the powers' merged blocks
            archives-bureau-2024.xlsx        | 12 | 克拉玛依市档案局       | 2024 | 序号 1–12 every 7th row from row 4; the rows between are covered by merged blocks; Sheet2 and Sheet3 are empty
            medical-security-bureau-2024.xls | 17 | 克拉玛依市医疗保障局   | 2024 | 序号 1–17 in rows 3–19, one row each
            commerce-bureau-2024.xlsx        | 21 | 克拉玛依市商务局       | 2024 | 序号 1–19 in rows 3–21, row 22 names 洗染业经营者备案 without a 序号, row 23 is 21
            fire-supervision-2025.xlsx       | 75 | 克拉玛依市消防救援支队 | 2025 | 序号 1–75 in rows 4–78, one row each
            """)
    void shouldReadEveryPowerWithItsDepartmentAndYear(String file, int powers, String department, int year, String why) {
        PowerList list = only(file);
        assertThat(list.powers()).as(why).hasSize(powers);
        assertThat(list.powers()).extracting(Power::number).as("numbered 1 to %d", powers)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, powers).boxed().toList());
        assertThat(list.powers()).allSatisfy(p -> assertThat(p.name()).isNotBlank());
        assertThat(list.department()).isEqualTo(department);
        assertThat(list.year()).isEqualTo(year);
    }

    @Test
    void shouldReadNamesBodiesAndUnitsWrappedInNarrowColumns() {
        Power first = only("statistics-bureau-2025.xlsx").powers().get(0);
        assertThat(first.name()).isEqualTo("对拒绝配合统计调查、农业普查、经济普查、人口普查和统计检查的单位和个体工商户的处罚");
        assertThat(first.category()).isEqualTo("行政处罚");
        assertThat(first.body()).isEqualTo("市统计局");
        assertThat(first.unit()).isEqualTo("政策法规科、社会经济统计科、社会经济普查科、综合核算科");
        assertThat(first.duties()).hasSize(4);
        assertThat(first.cases()).hasSize(10);
        assertThat(first.casePreamble()).startsWith("因不履行或不正确履行");
        Power second = only("fire-supervision-2025.xlsx").powers().get(1);
        assertThat(second.unit()).isEqualTo("克拉玛依市消防救援支队、各区消防救援大队");
    }

    @Test
    void shouldLinkAnUnnumberedDutyBasisToTheDutiesAsAWhole() {
        Power first = only("statistics-bureau-2025.xlsx").powers().get(0);
        assertThat(first.duties()).allSatisfy(d -> assertThat(d.basis()).isEmpty());
        List<ArticleRef> refs = first.dutiesBasis().stream().flatMap(b -> b.citations().stream())
                .flatMap(c -> c.refs().stream()).toList();
        assertThat(refs).extracting(ArticleRef::article).containsExactly(40, 41, 42);
    }

    @Test
    void shouldReadTheFirstOfRepeatedColumnsAndTheRowWithoutANumber() {
        PowerList commerce = only("commerce-bureau-2024.xlsx");
        assertThat(commerce.layout().repeatsOf(org.quanze.ingest.columns.ColumnRole.CASES)).containsExactly(18);
        Power twentieth = commerce.powers().get(19);
        assertThat(twentieth.number()).isEqualTo(20);
        assertThat(twentieth.name()).isEqualTo("洗染业经营者备案");
        Power last = commerce.powers().get(20);
        assertThat(last.cases()).as("column 14 is blank; column 18 repeats it but is not interpreted").isEmpty();
    }

    @Test
    void shouldReadTheBasisOfAPowerOverSeveralDocumentsEachOnItsLine() {
        Power first = only("medical-security-bureau-2024.xls").powers().get(0);
        assertThat(first.basis().get(0).citations()).extracting(DocumentCitation::title).containsExactly(
                "中华人民共和国社会保险法", "中华人民共和国基本医疗卫生与健康促进法", "实施《中华人民共和国社会保险法》若干规定");
        Power licence = only("fire-supervision-2025.xlsx").powers().get(0);
        assertThat(licence.basis().get(0).citations().get(0).refs()).extracting(ArticleRef::reference)
                .containsExactly("第十五条", "第五十八条第一款第（四）项", "第五十八条第三款");
    }
}
