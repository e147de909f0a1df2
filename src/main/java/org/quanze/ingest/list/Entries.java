package org.quanze.ingest.list;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.Findings;
import org.quanze.ingest.WarningKind;
import org.quanze.ingest.columns.ColumnLayout;
import org.quanze.ingest.columns.ColumnRole;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;

/**
 * Groups a list's data rows into the entries its powers are read from. A row with a 序号 starts a
 * power. A row with an empty 序号 (or one merged down from the row above) continues the power
 * above: with a 子项名称 of its own it is a sub-item, an entry of its own under the same number;
 * otherwise it is an overflow row whose cells add to the entry above (a page break cut the entry).
 * A row that names a power of its own under an empty 序号 is a power whose number was forgotten when
 * the numbers below leave a gap for it (19, blank, 21), else — like a row under a 序号 merged down
 * from above — a second entry of the power above.
 */
final class Entries {

    /** The rows one power is read from, its number and its key among the list's powers. */
    record Entry(int number, String key, List<SourceRow> rows, boolean subItem) {
        SourceRow first() {
            return rows.get(0);
        }
    }

    private static final Pattern SEVERAL = Pattern.compile("^(\\d{1,9})\\s*[,，、\\-－~～至和]\\s*\\d+.*$");
    /** A sub-item's own number under its main item: 3-1, 3-2 or 3.1, 3.2. */
    private static final Pattern SUB_NUMBER = Pattern.compile("^(\\d{1,9})\\s*[-－.．]\\s*(\\d{1,9})$");

    private final SourceTable table;
    private final ColumnLayout layout;
    private final Findings findings;
    private final MergedCells merged;
    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    Entries(SourceTable table, ColumnLayout layout, Findings findings) {
        this.table = table;
        this.layout = layout;
        this.findings = findings;
        this.merged = new MergedCells(table);
    }

    List<Entry> group(List<SourceRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            if (row.cells().stream().allMatch(c -> c.isBlank())) {
                if (entries.isEmpty() || !merged.rowMergedFromAbove(row)) {
                    findings.add(WarningKind.LAYOUT, table.at(row, 1), "blank row: skipped");
                } else {
                    last().rows().add(row);
                }
                continue;
            }
            place(row, rows.subList(i + 1, rows.size()));
        }
        return entries.stream().map(e -> new Entry(e.number(), e.key(), List.copyOf(e.rows()), e.subItem())).toList();
    }

    private void place(SourceRow row, List<SourceRow> below) {
        int column = layout.column(ColumnRole.SEQUENCE).orElse(1);
        Optional<String> sequence = merged.ownText(row, column);
        if (sequence.isPresent() && isNote(row, sequence.get())) {
            findings.add(WarningKind.LAYOUT, table.at(row, column), "the row holds only a note, \""
                    + sequence.get().strip() + "\": kept verbatim in its cell, not read as a power");
            return;
        }
        if (sequence.isPresent()) {
            numbered(row, column, sequence.get());
            return;
        }
        Optional<String> name = ownText(row, ColumnRole.NAME);
        boolean mergedNumber = merged.mergedFromAbove(row, column);
        if (entries.isEmpty() || name.isPresent() && !mergedNumber && nextNumber(below, column) != previous() + 1) {
            int number = previous() + 1;
            findings.add(WarningKind.NUMBERING, table.at(row, column),
                    "序号 is empty but the row names a power of its own"
                    + name.map(n -> " (" + n + ")").orElse("") + ": numbered " + number + " after the one above");
            start(number, row, false);
        } else if (name.isPresent()) {
            if (!mergedNumber) {
                findings.add(WarningKind.NUMBERING, table.at(row, column),
                        "序号 is empty and the row names " + name.get() + ", but the "
                        + "numbers go on below without a gap: read as a second entry of power " + previous());
            }
            start(previous(), row, true);
        } else if (ownText(row, ColumnRole.SUB_ITEM).isPresent()) {
            start(previous(), row, true);
        } else {
            last().rows().add(row);
        }
    }

    /**
     * A note under the table ({@code 备注：包括市、区两级…}): a 序号 cell that holds no number at all,
     * and nothing else in the row.
     */
    private static boolean isNote(SourceRow row, String sequence) {
        return !Normalizer.normalize(sequence, Normalizer.Form.NFKC).matches("(?s).*\\d.*")
                && row.cells().stream().filter(c -> !c.isBlank()).count() == 1;
    }

    /** A row with a 序号 of its own: a power, or a sub-item numbered under its main item (2-1, 2-2). */
    private void numbered(SourceRow row, int column, String text) {
        Matcher sub = SUB_NUMBER.matcher(Normalizer.normalize(Texts.squeeze(text), Normalizer.Form.NFKC));
        if (sub.matches() && isSubItemNumber(Integer.parseInt(sub.group(1)), Integer.parseInt(sub.group(2)))) {
            int main = Integer.parseInt(sub.group(1));
            start(main, row, main == previous());
        } else {
            start(number(row, column, text), row, false);
        }
    }

    /** 3-1 opens power 3 after power 2; 3-2, 3-3 … follow it as its sub-items. */
    private boolean isSubItemNumber(int main, int sub) {
        return main == previous() + 1 && sub == 1 || main == previous() && !entries.isEmpty() && sub > 1;
    }

    private int number(SourceRow row, int column, String text) {
        String sequence = Normalizer.normalize(Texts.squeeze(text), Normalizer.Form.NFKC);
        if (sequence.matches("\\d{1,9}")) {
            return Integer.parseInt(sequence);
        }
        Matcher several = SEVERAL.matcher(sequence);
        if (several.matches()) {
            findings.add(WarningKind.NUMBERING, table.at(row, column),
                    "序号 \"" + text + "\" names several numbers: read as one power "
                    + "numbered " + several.group(1) + " (the 序号 is kept verbatim in its cell)");
            return Integer.parseInt(several.group(1));
        }
        int number = previous() + 1;
        findings.add(WarningKind.NUMBERING, table.at(row, column),
                "序号 \"" + text + "\" is not a number: the power is numbered " + number
                + " after the one above");
        return number;
    }

    private void start(int number, SourceRow row, boolean subItem) {
        String key = Integer.toString(number);
        for (int k = 2; !keys.add(key); k++) {
            key = number + "-" + k;
        }
        if (!subItem && !key.equals(Integer.toString(number))) {
            findings.add(WarningKind.NUMBERING, table.at(row, layout.column(ColumnRole.SEQUENCE).orElse(1)),
                    "序号 " + number
                    + " is given to an earlier power too: this one keeps the number and is told apart as " + key);
        }
        entries.add(new Entry(number, key, new ArrayList<>(List.of(row)), subItem));
    }

    /** The number of the next row below that has a plain 序号; -1 when none. */
    private int nextNumber(List<SourceRow> below, int column) {
        for (SourceRow row : below) {
            Optional<String> text = merged.ownText(row, column).map(t -> Normalizer.normalize(Texts.squeeze(t),
                    Normalizer.Form.NFKC));
            if (text.isPresent()) {
                return text.get().matches("\\d{1,9}") ? Integer.parseInt(text.get()) : -1;
            }
        }
        return -1;
    }

    private Optional<String> ownText(SourceRow row, ColumnRole role) {
        return layout.column(role).flatMap(c -> merged.ownText(row, c));
    }

    private Entry last() {
        return entries.get(entries.size() - 1);
    }

    private int previous() {
        return entries.isEmpty() ? 0 : last().number();
    }
}
