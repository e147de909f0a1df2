package org.quanze.ingest.columns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.ingest.Finding;
import org.quanze.ingest.Location;
import org.quanze.ingest.WarningKind;
import org.quanze.ingest.table.CellRange;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;

/**
 * Finds the header of a list and maps its columns by their header text. The header row is the
 * row among the first few that names the most known columns; a blank header cell takes its name
 * from the group row above it (the way a merged two-level header comes out of a text export).
 */
public final class HeaderLocator {

    private static final int ROWS_TRIED = 10;
    private static final int MIN_KNOWN = 3;

    private final HeaderNames names;

    public HeaderLocator(HeaderNames names) {
        this.names = names;
    }

    public ColumnLayout locate(SourceTable table, List<Finding> findings) {
        int limit = Math.min(ROWS_TRIED, table.rows().size());
        SourceRow best = null;
        int bestKnown = 0;
        for (int i = 0; i < limit; i++) {
            SourceRow row = table.rows().get(i);
            int known = (int) row.cells().stream().filter(c -> names.roleOf(c.text()).isPresent()).count();
            if (known > bestKnown) {
                best = row;
                bestKnown = known;
            }
        }
        if (best == null || bestKnown < MIN_KNOWN) {
            throw new NoHeaderException(table.at(1, 1, 1, 0), String.format(
                    "no header row found: rows 1 to %d were tried and none names at least %d known columns "
                            + "(序号, 项目名称, 实施主体, 责任事项, …; see ingest/column-headers.tsv)", limit, MIN_KNOWN));
        }
        SourceRow group = best.number() > 1 ? table.rows().get(best.number() - 2) : null;
        if (group != null && group.cells().stream().filter(c -> !c.isBlank()).count() < 2) {
            group = null; // a title above the header, not a group row naming columns
        }
        List<String> headers = headers(best, group);
        return layout(table, best, headers, findings);
    }

    private static List<String> headers(SourceRow header, SourceRow group) {
        List<String> headers = new ArrayList<>();
        int width = header.width();
        for (SourceCell cell : header.cells()) {
            String text = HeaderNames.normalise(cell.text());
            if (text.isEmpty() && group != null) {
                text = fromGroup(group, cell.column(), width);
            }
            headers.add(text);
        }
        return headers;
    }

    /** The group row's cell above a blank header: same column, or aligned from either end when narrower. */
    private static String fromGroup(SourceRow group, int column, int width) {
        if (group.width() == width) {
            return group.cell(column).map(c -> HeaderNames.normalise(c.text())).orElse("");
        }
        int fromEnd = width - column;
        Optional<SourceCell> cell = column <= group.width() / 2
                ? group.cell(column)
                : group.cell(group.width() - fromEnd);
        return cell.map(c -> HeaderNames.normalise(c.text())).orElse("");
    }

    private ColumnLayout layout(SourceTable table, SourceRow header, List<String> headers, List<Finding> findings) {
        Map<ColumnRole, Integer> roles = new EnumMap<>(ColumnRole.class);
        Map<ColumnRole, List<Integer>> repeats = new EnumMap<>(ColumnRole.class);
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int c = 1; c <= headers.size(); c++) {
            Optional<ColumnRole> role = names.roleOf(headers.get(c - 1));
            if (role.isEmpty()) {
                unknown.add(c + " " + describe(table, header, headers, c));
            } else if (roles.containsKey(role.get())) {
                repeats.computeIfAbsent(role.get(), r -> new ArrayList<>()).add(c);
                repeated.add(c + " " + headers.get(c - 1) + " (as column " + roles.get(role.get()) + ")");
            } else {
                roles.put(role.get(), c);
            }
        }
        Location at = table.at(header, 1);
        if (!unknown.isEmpty()) {
            findings.add(new Finding(at, WarningKind.LAYOUT,
                    "columns without a known header are kept verbatim but not interpreted: "
                    + String.join("; ", unknown)));
        }
        if (!repeated.isEmpty()) {
            findings.add(new Finding(at, WarningKind.LAYOUT,
                    "columns repeat the header of an earlier column: only the first is "
                    + "interpreted, both are kept verbatim: " + String.join("; ", repeated)));
        }
        return new ColumnLayout(header.number(), headers, roles, repeats);
    }

    /** A header as a person sees it: blank ones said to be blank, or to lie under a merged header. */
    private static String describe(SourceTable table, SourceRow header, List<String> headers, int column) {
        if (!headers.get(column - 1).isEmpty()) {
            return headers.get(column - 1);
        }
        CellRange merge = table.coveringMerge(header.number(), column);
        return merge == null ? "(blank)" : "(blank, under the merged header "
                + HeaderNames.normalise(table.rows().get(merge.firstRow() - 1).cell(merge.firstColumn())
                .map(SourceCell::text).orElse("")) + " of column " + merge.firstColumn() + ")";
    }
}
