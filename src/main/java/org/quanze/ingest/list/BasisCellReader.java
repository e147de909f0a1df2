package org.quanze.ingest.list;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.Findings;
import org.quanze.ingest.WarningKind;

/**
 * Reads a basis cell (实施依据, 责任事项依据, 追责依据) into its items, each with the citations it
 * makes; {@code 同N} items are resolved to the items numbered N of the same cell.
 */
final class BasisCellReader {

    private static final Pattern SAME_AS = Pattern.compile("^同\\s*(\\d{1,9})\\s*[.．。、]?\\s*$");

    private final CellText cell;
    private final Findings findings;

    BasisCellReader(CellText cell, Findings findings) {
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
            items = List.of(new NumberedItems.Item(null, 0, null, cell.trimmed(), cell.trimmed(),
                    RowReader.leadingLines(cell.text())));
        } else if (!split.preamble().isEmpty()) {
            findings.add(WarningKind.UNREAD_TEXT, cell.at(0),
                    "text before the first numbered basis item is not part of "
                    + "any item: kept verbatim in the cell");
        }
        List<BasisItem> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            read.add(item(items.get(i), i + 1));
        }
        if (read.stream().allMatch(b -> !b.isRepeat() && b.citations().isEmpty())) {
            findings.tally(WarningKind.NO_DOCUMENT, "no-citation", cell.at(0),
                    "a basis cell names no document (no 《title》 starting a "
                    + "citation): kept verbatim in its cell");
            return List.of();
        }
        return resolveRepeats(read);
    }

    private BasisItem item(NumberedItems.Item item, int index) {
        int first = item.lineInCell();
        Integer entry = item.label() == null ? null : item.number();
        Matcher same = SAME_AS.matcher(item.text());
        if (same.matches()) {
            return new BasisItem(index, item.label(), entry, item.sub(), item.raw(), cell.line(first),
                    cell.cellAt(first), cell.at(first), List.of(), Integer.valueOf(same.group(1)), List.of());
        }
        String body = item.text();
        int bodyLine = first + newlines(item.raw(), item.raw().indexOf(body.isEmpty() ? item.raw() : body));
        CitationParser parser = new CitationParser(offset -> cell.at(bodyLine + newlines(body, offset)), findings);
        return new BasisItem(index, item.label(), entry, item.sub(), item.raw(), cell.line(first), cell.cellAt(first),
                cell.at(first), parser.parse(body), null, List.of());
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
                findings.add(WarningKind.DANGLING_REFERENCE, item.location(),
                        "同" + item.sameAs() + " in basis item " + item.label()
                        + " points to no basis item " + item.sameAs() + " in this cell: nothing is linked");
            }
            resolved.add(item.withRepeated(targets));
        }
        return resolved;
    }

    private static int newlines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < Math.min(Math.max(upTo, 0), text.length()); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
