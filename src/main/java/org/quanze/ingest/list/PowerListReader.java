package org.quanze.ingest.list;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quanze.ingest.Finding;
import org.quanze.ingest.Findings;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.WarningKind;
import org.quanze.ingest.columns.ColumnLayout;
import org.quanze.ingest.columns.ColumnRole;
import org.quanze.ingest.columns.HeaderLocator;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;

/**
 * Gives meaning to a list's table: its columns by their headers, one power per entry (a row with
 * a 序号 and the rows that continue it), their duties and cases numbered 1, 2, 3 …, and the basis
 * items {@code k} / {@code k-m} / {@code 同N} linked to duty or case k. Whatever is unusual but
 * readable becomes a warning; whatever cannot be read is an error that names the row and column.
 */
public final class PowerListReader {

    /** Columns a row may lack at its end without losing anything the list means. */
    private static final Set<ColumnRole> OPTIONAL_AT_END = EnumSet.of(ColumnRole.REMARK);

    private final HeaderLocator headers;

    public PowerListReader(HeaderNames names) {
        this.headers = new HeaderLocator(names);
    }

    /** Reads a table on its own: the list keeps the warnings raised reading it. */
    public PowerList read(String slug, SourceTable table) {
        Findings findings = new Findings();
        PowerList list = read(slug, table, findings);
        return new PowerList(slug, table, list.layout(), list.title(), list.listNumber(), list.department(),
                list.year(), list.powers(), findings.list());
    }

    /** Reads a table of a file whose warnings are collected in {@code findings}, once per file. */
    public PowerList read(String slug, SourceTable table, Findings findings) {
        ColumnLayout layout = layout(table, findings);
        List<SourceRow> rows = table.rows().subList(layout.headerRow(), table.rows().size());
        rows.stream().filter(r -> r.cells().stream().anyMatch(c -> !c.isBlank()))
                .forEach(r -> checkWidth(table, layout, r, findings));
        List<Power> powers = new ArrayList<>();
        String mainName = null;
        for (Entries.Entry entry : new Entries(table, layout, findings).group(rows)) {
            Power power = new RowReader(table, layout, entry, findings).read(entry.subItem() ? mainName : null);
            mainName = entry.subItem() ? mainName : power.name();
            powers.add(named(table, layout, power, findings));
        }
        if (powers.isEmpty()) {
            throw new SourceException(headerAt(table, layout), "no data row after the header: the list holds no power");
        }
        String body = powers.stream().map(Power::body).filter(b -> b != null).findFirst().orElse(null);
        ListTitle title = ListTitle.read(table.titleLine(), table.fileName(), body);
        return new PowerList(slug, table, layout, title.text(), title.number(), title.department(), title.year(),
                powers, List.of());
    }

    private ColumnLayout layout(SourceTable table, Findings findings) {
        List<Finding> found = new ArrayList<>();
        ColumnLayout layout = headers.locate(table, found);
        found.forEach(findings::once);
        for (ColumnRole role : List.of(ColumnRole.NAME, ColumnRole.DUTIES)) {
            if (layout.column(role).isEmpty()) {
                throw new SourceException(headerAt(table, layout), "the header has no column for "
                        + role + " (e.g. 项目名称, 责任事项): headers found: " + String.join(" | ", layout.headers()));
            }
        }
        return layout;
    }

    /** The header row's first cell, as a person finds it (in a sheet, the sheet's own row). */
    private static Location headerAt(SourceTable table, ColumnLayout layout) {
        return table.at(table.rows().get(layout.headerRow() - 1), 1);
    }

    /** A power must have a name: one the list left blank is named after its number, and reported. */
    private static Power named(SourceTable table, ColumnLayout layout, Power p, Findings findings) {
        if (p.name() != null) {
            return p;
        }
        String name = p.subItem() != null ? p.subItem() : "第" + p.key() + "项";
        findings.add(WarningKind.NUMBERING, table.at(p.row(), layout.column(ColumnRole.NAME).orElseThrow()),
                "power " + p.key()
                + " has no name: it is called " + name);
        return new Power(p.number(), p.key(), p.row(), p.sources(), p.category(), name, p.subItem(), p.body(),
                p.unit(), p.basis(), p.duties(), p.dutiesBasis(), p.casePreamble(), p.cases(), p.casesBasis(),
                p.exemption(), p.remark());
    }

    private static void checkWidth(SourceTable table, ColumnLayout layout, SourceRow row, Findings findings) {
        int width = row.width();
        if (width > layout.width()) {
            findings.add(WarningKind.LAYOUT, table.at(row, layout.width() + 1),
                    "row has " + width + " cells, the header "
                    + layout.width() + ": the extra cells are kept verbatim but not interpreted");
        }
        if (width >= layout.width()) {
            return;
        }
        for (int c = width + 1; c <= layout.width(); c++) {
            Optional<ColumnRole> role = layout.roleAt(c);
            if (role.isPresent() && !OPTIONAL_AT_END.contains(role.get())) {
                throw new SourceException(table.at(row, c), String.format(
                        "row %d ends after column %d: the cell %s (column %d) and any after it are missing; "
                                + "the file may be cut off in the middle of a row", row.number(), width,
                        layout.header(c), c));
            }
        }
        findings.add(WarningKind.LAYOUT, table.at(row, width + 1), String.format(
                "row %d has no cell for %s (column %d and after): read as blank", row.number(),
                layout.header(width + 1), width + 1));
    }
}
