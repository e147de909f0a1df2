package org.quanze.ingest.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quanze.ingest.Finding;
import org.quanze.ingest.Location;
import org.quanze.ingest.columns.ColumnLayout;
import org.quanze.ingest.columns.ColumnRole;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;

/** Reads one data row of a list into a power. */
final class RowReader {

    private final SourceTable table;
    private final ColumnLayout layout;
    private final SourceRow row;
    private final List<Finding> findings;

    RowReader(SourceTable table, ColumnLayout layout, SourceRow row, List<Finding> findings) {
        this.table = table;
        this.layout = layout;
        this.row = row;
        this.findings = findings;
    }

    Power read(int previousNumber) {
        int number = number(previousNumber);
        String unit = text(ColumnRole.UNIT);
        List<BasisItem> basis = cell(ColumnRole.BASIS).map(c -> new BasisCellReader(table.fileName(), c, findings)
                .read()).orElse(List.of());
        List<Duty> duties = duties(unit);
        NumberedItems.Split caseSplit = cell(ColumnRole.CASES).map(c -> NumberedItems.sequential(c.text()))
                .orElse(new NumberedItems.Split("", List.of()));
        List<AccountabilityCase> cases = cases(caseSplit);
        return new Power(number, row, text(ColumnRole.CATEGORY), text(ColumnRole.NAME), text(ColumnRole.SUB_ITEM),
                text(ColumnRole.BODY), unit, basis, duties, blankToNull(caseSplit.preamble()), cases,
                text(ColumnRole.EXEMPTION), text(ColumnRole.REMARK));
    }

    private int number(int previous) {
        String seq = text(ColumnRole.SEQUENCE);
        if (seq != null && seq.matches("\\d+")) {
            return Integer.parseInt(seq);
        }
        int column = layout.column(ColumnRole.SEQUENCE).orElse(1);
        findings.add(new Finding(location(column, 0), "序号 \"" + (seq == null ? "" : seq)
                + "\" is not a number: the power is numbered " + (previous + 1) + " after the one above"));
        return previous + 1;
    }

    private List<Duty> duties(String powerUnit) {
        Optional<SourceCell> cell = cell(ColumnRole.DUTIES);
        if (cell.isEmpty()) {
            return List.of();
        }
        NumberedItems.Split split = numberedOrWhole(cell.get());
        List<BasisItem> basis = basisOf(ColumnRole.DUTY_BASIS);
        List<Duty> duties = new ArrayList<>();
        for (NumberedItems.Item item : split.items()) {
            List<OrgNames.Bracketed> orgs = OrgNames.find(item.text());
            int line = cell.get().line() + item.lineInCell();
            List<BasisItem> mine = basis.stream().filter(b -> b.entry() != null && b.entry() == item.number()).toList();
            if (orgs.isEmpty()) {
                int colon = colon(item.text());
                findings.add(new Finding(location(cell.get().column(), line), "duty " + item.number()
                        + " names no responsible unit in brackets: the power's unit " + powerUnit + " is assumed"));
                duties.add(new Duty(item.number(), item.text(), stripEnd(colon < 0 ? item.text() : item.text().substring(0, colon)),
                        colon < 0 ? null : blankToNull(stripStart(item.text().substring(colon + 1))), powerUnit, true, line, mine));
                continue;
            }
            OrgNames.Bracketed org = orgs.get(0);
            String name = stripEnd(item.text().substring(0, org.start()));
            String description = blankToNull(stripStart(item.text().substring(org.end())));
            duties.add(new Duty(item.number(), item.text(), name, description, org.name(), false, line, mine));
        }
        orphans(basis, duties.size(), "duty", cell.get());
        return duties;
    }

    private List<AccountabilityCase> cases(NumberedItems.Split split) {
        Optional<SourceCell> cell = cell(ColumnRole.CASES);
        if (cell.isEmpty()) {
            return List.of();
        }
        List<BasisItem> basis = basisOf(ColumnRole.CASE_BASIS);
        List<AccountabilityCase> cases = new ArrayList<>();
        for (NumberedItems.Item item : split.items()) {
            List<OrgNames.Bracketed> orgs = OrgNames.find(item.text());
            int line = cell.get().line() + item.lineInCell();
            List<BasisItem> mine = basis.stream().filter(b -> b.entry() != null && b.entry() == item.number()).toList();
            if (orgs.isEmpty()) {
                findings.add(new Finding(location(cell.get().column(), line), "accountability case " + item.number()
                        + " names no accountability body in brackets"));
                cases.add(new AccountabilityCase(item.number(), item.text(), item.text(), null, line, mine));
                continue;
            }
            OrgNames.Bracketed org = orgs.get(orgs.size() - 1);
            String description = (item.text().substring(0, org.start()) + item.text().substring(org.end())).strip();
            cases.add(new AccountabilityCase(item.number(), item.text(), description, org.name(), line, mine));
        }
        orphans(basis, cases.size(), "accountability case", cell.get());
        return cases;
    }

    private List<BasisItem> basisOf(ColumnRole role) {
        return cell(role).map(c -> new BasisCellReader(table.fileName(), c, findings).read()).orElse(List.of());
    }

    private void orphans(List<BasisItem> basis, int entries, String kind, SourceCell entriesCell) {
        for (BasisItem item : basis) {
            if (item.entry() == null || item.entry() < 1 || item.entry() > entries) {
                findings.add(new Finding(location(item.cell().column(), item.line()), "basis item "
                        + (item.label() == null ? "(unnumbered)" : item.label()) + " belongs to no " + kind
                        + " (the cell in column " + entriesCell.column() + " numbers " + entries
                        + "): kept verbatim in its cell, not linked"));
            }
        }
    }

    private NumberedItems.Split numberedOrWhole(SourceCell cell) {
        NumberedItems.Split split = NumberedItems.sequential(cell.text());
        if (split.items().isEmpty() && !cell.isBlank()) {
            int lead = leadingLines(cell.text());
            return new NumberedItems.Split("", List.of(new NumberedItems.Item("1", 1, null, cell.trimmed(),
                    cell.trimmed(), lead)));
        }
        if (!split.preamble().isEmpty()) {
            findings.add(new Finding(location(cell.column(), cell.line()), "text before item 1 is not part of any "
                    + "numbered item: kept verbatim in the cell"));
        }
        return split;
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

    private static int colon(String text) {
        int full = text.indexOf('：');
        int half = text.indexOf(':');
        return full < 0 ? half : (half < 0 ? full : Math.min(full, half));
    }

    private Optional<SourceCell> cell(ColumnRole role) {
        return layout.column(role).flatMap(row::cell);
    }

    private String text(ColumnRole role) {
        return cell(role).map(SourceCell::trimmed).map(RowReader::blankToNull).orElse(null);
    }

    private Location location(int column, int line) {
        return new Location(table.fileName(), row.number(), column, line == 0 ? row.line() : line);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Trailing white space and sentence punctuation off a name: 其他…责任。 → 其他…责任. */
    private static String stripEnd(String s) {
        return s.replaceAll("[\\s\\u3000。；;，,：:]+$", "");
    }

    private static String stripStart(String s) {
        String rest = s.replaceAll("^[\\s\\u3000：:]+", "");
        return rest.matches("[\\s\\u3000。；;，,.]*") ? "" : rest;
    }
}
