package org.quanze.ingest.list;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.Finding;
import org.quanze.ingest.Location;
import org.quanze.ingest.table.SourceCell;

/**
 * Reads a basis cell (实施依据, 责任事项依据, 追责依据) into its items, each with the citations it
 * makes; {@code 同N} items are resolved to the items numbered N of the same cell.
 */
final class BasisCellReader {

    private static final Pattern SAME_AS = Pattern.compile("^同\\s*(\\d+)\\s*[.．。、]?\\s*$");

    private final String file;
    private final SourceCell cell;
    private final List<Finding> findings;

    BasisCellReader(String file, SourceCell cell, List<Finding> findings) {
        this.file = file;
        this.cell = cell;
        this.findings = findings;
    }

    List<BasisItem> read() {
        if (cell.isBlank()) {
            return List.of();
        }
        NumberedItems.Split split = NumberedItems.basis(cell.text());
        List<NumberedItems.Item> items = split.items();
        if (items.isEmpty()) {
            if (cell.text().indexOf('《') < 0) {
                findings.add(new Finding(at(cell.line()), "no citation (《title》) in this basis cell: kept verbatim"));
                return List.of();
            }
            items = List.of(new NumberedItems.Item(null, 0, null, cell.trimmed(), cell.trimmed(),
                    RowReader.leadingLines(cell.text())));
        } else if (!split.preamble().isEmpty()) {
            findings.add(new Finding(at(cell.line()), "text before the first numbered basis item is not part of "
                    + "any item: kept verbatim in the cell"));
        }
        List<BasisItem> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            read.add(item(items.get(i), i + 1));
        }
        return resolveRepeats(read);
    }

    private BasisItem item(NumberedItems.Item item, int index) {
        int line = cell.line() + item.lineInCell();
        Integer entry = item.label() == null ? null : item.number();
        Matcher same = SAME_AS.matcher(item.text());
        if (same.matches()) {
            return new BasisItem(index, item.label(), entry, item.sub(), item.raw(), line, cell, List.of(),
                    Integer.valueOf(same.group(1)), List.of());
        }
        String body = item.text();
        CitationParser parser = new CitationParser(offset -> at(line + newlines(body, offset)), findings);
        return new BasisItem(index, item.label(), entry, item.sub(), item.raw(), line, cell, parser.parse(body),
                null, List.of());
    }

    private List<BasisItem> resolveRepeats(List<BasisItem> items) {
        List<BasisItem> resolved = new ArrayList<>();
        for (BasisItem item : items) {
            if (!item.isRepeat()) {
                resolved.add(item);
                continue;
            }
            List<BasisItem> targets = items.stream()
                    .filter(t -> !t.isRepeat() && t.entry() != null && t.entry().equals(item.sameAs())).toList();
            if (targets.isEmpty()) {
                findings.add(new Finding(at(item.line()), "同" + item.sameAs() + " in basis item " + item.label()
                        + " points to no basis item " + item.sameAs() + " in this cell: nothing is linked"));
            }
            resolved.add(item.withRepeated(targets));
        }
        return resolved;
    }

    private static int newlines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < Math.min(upTo, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private Location at(int line) {
        return new Location(file, cell.row(), cell.column(), line);
    }
}
