package org.quanze.ingest.columns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.ingest.Finding;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;
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
            throw new SourceException(new Location(table.fileName(), 1, 1, 1), String.format(
                    "no header row found: rows 1 to %d were tried and none names at least %d known columns "
                            + "(序号, 项目名称, 实施主体, 责任事项, …; see ingest/column-headers.tsv)", limit, MIN_KNOWN));
        }
        SourceRow group = best.number() > 1 ? table.rows().get(best.number() - 2) : null;
        List<String> headers = headers(best, group);
        return new ColumnLayout(best.number(), headers, roles(table.fileName(), best, headers, findings));
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

    private Map<ColumnRole, Integer> roles(String file, SourceRow header, List<String> headers, List<Finding> findings) {
        Map<ColumnRole, Integer> roles = new EnumMap<>(ColumnRole.class);
        for (int c = 1; c <= headers.size(); c++) {
            Location at = new Location(file, header.number(), c, header.cell(c).map(SourceCell::line).orElse(0));
            Optional<ColumnRole> role = names.roleOf(headers.get(c - 1));
            if (role.isEmpty()) {
                findings.add(new Finding(at, "column \"" + headers.get(c - 1)
                        + "\" is not a known header: its cells are kept verbatim but not interpreted"));
            } else if (roles.containsKey(role.get())) {
                findings.add(new Finding(at, "column \"" + headers.get(c - 1) + "\" repeats the header of column "
                        + roles.get(role.get()) + ": only the first is interpreted, both are kept verbatim"));
            } else {
                roles.put(role.get(), c);
            }
        }
        return roles;
    }
}
