package org.quanze.ingest.list;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quanze.ingest.Findings;
import org.quanze.ingest.WarningKind;
import org.quanze.ingest.columns.ColumnLayout;
import org.quanze.ingest.columns.ColumnRole;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;

/**
 * Reads one entry of a list (a row, or a row and the rows that continue it) into a power. Each
 * column is read as the merged blocks show it; a sub-item without a name of its own takes the
 * name of the power it belongs to.
 */
final class RowReader {

    private final SourceTable table;
    private final ColumnLayout layout;
    private final Entries.Entry entry;
    private final Findings findings;
    private final MergedCells merged;

    RowReader(SourceTable table, ColumnLayout layout, Entries.Entry entry, Findings findings) {
        this.table = table;
        this.layout = layout;
        this.entry = entry;
        this.findings = findings;
        this.merged = new MergedCells(table);
    }

    Power read(String inheritedName) {
        checkRepeats();
        String unit = OrgNames.cellNames(text(ColumnRole.UNIT).text());
        List<BasisItem> basis = new BasisCellReader(text(ColumnRole.BASIS), findings).read();
        EntryItems items = new EntryItems(findings);
        CellText duties = text(ColumnRole.DUTIES);
        CellText cases = text(ColumnRole.CASES);
        List<BasisItem> dutyBasis = new BasisCellReader(text(ColumnRole.DUTY_BASIS), findings).read();
        List<BasisItem> caseBasis = new BasisCellReader(text(ColumnRole.CASE_BASIS), findings).read();
        NumberedItems.Split caseSplit = NumberedItems.sequential(cases.text());
        String name = name(ColumnRole.NAME);
        if (name == null && inheritedName != null) {
            name = inheritedName;
        }
        return new Power(entry.number(), entry.key(), entry.first(), sources(), category(),
                name, name(ColumnRole.SUB_ITEM), OrgNames.cellNames(text(ColumnRole.BODY).text()), unit, basis,
                items.duties(duties, numbered(dutyBasis), unit), shared(dutyBasis),
                blankToNull(caseSplit.preamble()), items.cases(cases, caseSplit, numbered(caseBasis)),
                shared(caseBasis), plain(ColumnRole.EXEMPTION), plain(ColumnRole.REMARK));
    }

    /** The text a column shows for this entry, over its rows, each cell once. */
    CellText text(ColumnRole role) {
        Set<SourceCell> cells = new LinkedHashSet<>();
        layout.column(role).ifPresent(column -> {
            for (SourceRow row : entry.rows()) {
                merged.shown(row, column).filter(c -> !c.isBlank()).ifPresent(cells::add);
            }
        });
        if (cells.isEmpty()) {
            SourceCell blank = layout.column(role).flatMap(entry.first()::cell).orElse(entry.first().cells().get(0));
            return new CellText(table, List.of(blank), "");
        }
        return CellText.of(table, new ArrayList<>(cells));
    }

    /** Every cell the power was read from: its rows, and the blocks above them that show in them. */
    private List<SourceCell> sources() {
        Set<SourceCell> cells = new LinkedHashSet<>();
        for (SourceRow row : entry.rows()) {
            for (SourceCell cell : row.cells()) {
                cells.add(cell);
                merged.shown(row, cell.column()).ifPresent(cells::add);
            }
        }
        return new ArrayList<>(cells);
    }

    /** Items not numbered by duty or case (one unnumbered cell) back them all: the power's own. */
    private static List<BasisItem> shared(List<BasisItem> basis) {
        return basis.stream().allMatch(b -> b.entry() == null) ? basis : List.of();
    }

    private static List<BasisItem> numbered(List<BasisItem> basis) {
        return basis.stream().allMatch(b -> b.entry() == null) ? List.of() : basis;
    }

    /** A repeated column that says something where the interpreted one is blank: worth a look. */
    private void checkRepeats() {
        for (ColumnRole role : ColumnRole.values()) {
            for (int column : layout.repeatsOf(role)) {
                boolean repeatSays = entry.rows().stream().anyMatch(r -> merged.shown(r, column)
                        .filter(c -> !c.isBlank()).isPresent());
                if (repeatSays && text(role).isBlank()) {
                    findings.add(WarningKind.LAYOUT, table.at(entry.first(), layout.column(role).orElseThrow()),
                            "the cell of "
                            + layout.header(layout.column(role).orElseThrow()) + " is blank, but column " + column
                            + ", which repeats its header, holds text: only the first is interpreted, both are kept "
                            + "verbatim");
                }
            }
        }
    }

    /** A name as written, without the line breaks a narrow column wraps it with. */
    private String name(ColumnRole role) {
        return blankToNull(text(role).text().replaceAll("[ \\t\\u3000]*\\R[ \\t\\u3000]*", "").strip());
    }

    /** The category without white space (行政⏎处罚). */
    private String category() {
        return blankToNull(Texts.squeeze(text(ColumnRole.CATEGORY).text()));
    }

    private String plain(ColumnRole role) {
        return blankToNull(text(role).trimmed());
    }

    static int leadingLines(String text) {
        int lines = 0;
        for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
