package org.quanze.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.table.SourceTable;

/** The format comes from the content: names are often wrong in published files. */
class FormatDetectionTest {

    private final TableFiles reader = TableFiles.standard();

    @Test
    void shouldDetectTheFireListAsLegacyXlsDespiteItsName() {
        assertThat(TableFiles.detect("fire-supervision-2025.xlsx", Fixtures.karamay("fire-supervision-2025.xlsx")))
                .isEqualTo(FileFormat.XLS);
    }

    @Test
    void shouldReadAnXlsxRenamedXlsAsTheSameTables() {
        byte[] bytes = Fixtures.karamay("statistics-bureau-2025.xlsx");
        assertThat(TableFiles.detect("statistics.xls", bytes)).isEqualTo(FileFormat.XLSX);
        List<SourceTable> renamed = reader.read("statistics.xls", bytes);
        List<SourceTable> original = reader.read("statistics-bureau-2025.xlsx", bytes);
        assertThat(renamed).hasSize(1);
        assertThat(renamed.get(0).rows()).hasSize(10).isEqualTo(original.get(0).rows());
        assertThat(renamed.get(0).merges()).isEqualTo(original.get(0).merges());
    }

    @Test
    void shouldReadATextFileRenamedXlsxAsCsv() {
        byte[] bytes = Fixtures.resource("notes.txt");
        assertThat(TableFiles.detect("notes.xlsx", bytes)).isEqualTo(FileFormat.CSV);
        List<SourceTable> tables = reader.read("notes.xlsx", bytes);
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).rows()).hasSize(2);
        assertThat(tables.get(0).rows().get(1).cells().get(0).text()).isEqualTo("nothing tabular here");
        assertThat(tables.get(0).rows().get(1).cells().get(1).text()).isEqualTo(" only words.");
    }

    @Test
    void shouldDetectADocxByItsContent() {
        byte[] bytes = Built.docx(document -> document.createTable(1, 1));
        assertThat(TableFiles.detect("list.xls", bytes)).isEqualTo(FileFormat.DOCX);
    }

    @Test
    void shouldRefuseAZipThatIsNeitherWorkbookNorDocument() {
        byte[] bytes = Zips.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read("archive.xlsx", bytes))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("archive.xlsx: ")
                .hasMessageContaining("neither an Excel workbook");
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        assertThatThrownBy(() -> reader.read("empty.xlsx", new byte[0]))
                .isInstanceOf(SourceException.class)
                .hasMessage("empty.xlsx: the file is empty");
    }
}
