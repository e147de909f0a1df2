package org.quanze.ingest.list;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.Finding;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.columns.ColumnLayout;
import org.quanze.ingest.columns.ColumnRole;
import org.quanze.ingest.columns.HeaderLocator;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;

/**
 * Gives meaning to a list's table: one power per data row, its duties and cases numbered
 * 1, 2, 3 …, and the basis items {@code k} / {@code k-m} / {@code 同N} linked to duty or case k.
 * Whatever is unusual but readable becomes a warning; whatever cannot be read is an error that
 * names the row and column.
 */
public final class PowerListReader {

    /** Columns a row may lack at its end without losing anything the list means. */
    private static final Set<ColumnRole> OPTIONAL_AT_END = EnumSet.of(ColumnRole.REMARK);
    private static final Pattern TITLE = Pattern.compile("^\\s*(\\d+)\\s*[.．、]\\s*(.+?)\\s*$");
    private static final Pattern LIST_SUFFIX = Pattern.compile("(权责清单|权力清单和责任清单|权力和责任清单|责任清单|权力清单)$");

    private final HeaderLocator headers;

    public PowerListReader(HeaderNames names) {
        this.headers = new HeaderLocator(names);
    }

    public PowerList read(String slug, SourceTable table) {
        List<Finding> findings = new ArrayList<>();
        ColumnLayout layout = headers.locate(table, findings);
        requireColumns(table, layout);
        List<Power> powers = new ArrayList<>();
        List<SourceRow> rows = table.rows();
        for (int i = layout.headerRow(); i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            if (row.cells().stream().allMatch(SourceCell::isBlank)) {
                findings.add(new Finding(at(table, row, 1), "blank row: skipped"));
                continue;
            }
            checkWidth(table, layout, row, findings);
            int previous = powers.isEmpty() ? 0 : powers.get(powers.size() - 1).number();
            powers.add(new RowReader(table, layout, row, findings).read(previous));
        }
        if (powers.isEmpty()) {
            throw new SourceException(new Location(table.fileName(), layout.headerRow() + 1, 1, 0),
                    "no data row after the header: the list holds no power");
        }
        Title title = title(table, powers);
        return new PowerList(slug, table, layout, title.text(), title.number(), title.department(), powers, findings);
    }

    private static void requireColumns(SourceTable table, ColumnLayout layout) {
        for (ColumnRole role : List.of(ColumnRole.NAME, ColumnRole.DUTIES)) {
            if (layout.column(role).isEmpty()) {
                throw new SourceException(new Location(table.fileName(), layout.headerRow(), 1, 0),
                        "the header has no column for " + role + " (e.g. 项目名称, 责任事项): headers found: "
                                + String.join(" | ", layout.headers()));
            }
        }
    }

    private static void checkWidth(SourceTable table, ColumnLayout layout, SourceRow row, List<Finding> findings) {
        int width = row.width();
        if (width > layout.width()) {
            findings.add(new Finding(at(table, row, layout.width() + 1), "row has " + width + " cells, the header "
                    + layout.width() + ": the extra cells are kept verbatim but not interpreted"));
        }
        if (width >= layout.width()) {
            return;
        }
        for (int c = width + 1; c <= layout.width(); c++) {
            Optional<ColumnRole> role = layout.roleAt(c);
            if (role.isPresent() && !OPTIONAL_AT_END.contains(role.get())) {
                throw new SourceException(at(table, row, c), String.format(
                        "row %d ends after column %d: the cell %s (column %d) and any after it are missing; "
                                + "the file may be cut off in the middle of a row", row.number(), width,
                        layout.header(c), c));
            }
        }
        findings.add(new Finding(at(table, row, width + 1), String.format(
                "row %d has no cell for %s (column %d and after): read as blank", row.number(),
                layout.header(width + 1), width + 1)));
    }

    static Location at(SourceTable table, SourceRow row, int column) {
        int line = row.cell(column).map(SourceCell::line).orElse(row.line());
        return new Location(table.fileName(), row.number(), column, line);
    }

    private record Title(String text, Integer number, String department) {
    }

    private static Title title(SourceTable table, List<Power> powers) {
        String body = powers.stream().map(Power::body).filter(b -> b != null).findFirst().orElse(null);
        if (table.titleLine() == null || table.titleLine().isBlank()) {
            return new Title(body == null ? table.fileName() : body + "权责清单", null, body);
        }
        String text = table.titleLine().strip();
        Integer number = null;
        Matcher m = TITLE.matcher(text);
        if (m.matches()) {
            number = Integer.valueOf(m.group(1));
            text = m.group(2);
        }
        String department = LIST_SUFFIX.matcher(text).replaceAll("").strip();
        return new Title(text, number, department.isEmpty() ? body : department);
    }
}
