package org.quanze.ingest.list;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.quanze.ingest.Findings;
import org.quanze.ingest.WarningKind;

/**
 * The duties and accountability cases of one entry, numbered 1, 2, 3 … as the list numbers them,
 * each with the unit or body it names in brackets and the basis items numbered like it.
 */
final class EntryItems {

    /** A heading that closes an item and opens the next group of duties: {@code 指导监督责任：}. */
    private static final String HEADING = "(?s)^(.*\\S)\\R[ \\t\\u3000]*[^\\n]{1,15}[：:][ \\t\\u3000]*$";
    /** Numbering that starts again at 1 inside the last item (指导监督责任：⏎1.…): read as part of that item. */
    private static final Pattern RESTART = Pattern.compile("(?m)^[ \\t\\u3000]*1[ \\u3000]*[.．、]");

    private final Findings findings;

    EntryItems(Findings findings) {
        this.findings = findings;
    }

    List<Duty> duties(CellText cell, List<BasisItem> basis, String powerUnit) {
        if (cell.isBlank()) {
            orphans(basis, 0, "duty", cell);
            return List.of();
        }
        List<Duty> duties = new ArrayList<>();
        for (NumberedItems.Item item : numberedOrWhole(cell).items()) {
            String text = item.text().replaceFirst(HEADING, "$1");
            int first = item.lineInCell();
            restarted(cell, item, "duty", "duties");
            List<BasisItem> mine = basis.stream().filter(b -> b.entry() != null && b.entry() == item.number()).toList();
            List<OrgNames.Bracketed> orgs = OrgNames.find(text);
            if (orgs.isEmpty()) {
                findings.tally(WarningKind.NO_UNIT, "duty-without-unit", cell.at(first),
                        "a duty names no responsible unit in brackets: "
                        + "the power's undertaking unit (承办机构) is taken as its unit");
                int colon = colon(text);
                duties.add(new Duty(item.number(), text, stripEnd(colon < 0 ? text : text.substring(0, colon)),
                        colon < 0 ? null : RowReader.blankToNull(stripStart(text.substring(colon + 1))), powerUnit,
                        true, cell.line(first), cell.cellAt(first), mine));
                continue;
            }
            OrgNames.Bracketed org = orgs.get(0);
            String name = stripEnd(text.substring(0, org.start()));
            String description = RowReader.blankToNull(stripStart(text.substring(org.end())));
            duties.add(new Duty(item.number(), text, name, description, org.name(), false, cell.line(first),
                    cell.cellAt(first), mine));
        }
        orphans(basis, duties.size(), "duty", cell);
        return duties;
    }

    List<AccountabilityCase> cases(CellText cell, NumberedItems.Split split, List<BasisItem> basis) {
        List<AccountabilityCase> cases = new ArrayList<>();
        for (NumberedItems.Item item : split.items()) {
            List<OrgNames.Bracketed> orgs = OrgNames.find(item.text());
            int first = item.lineInCell();
            restarted(cell, item, "accountability case", "accountability cases");
            List<BasisItem> mine = basis.stream().filter(b -> b.entry() != null && b.entry() == item.number()).toList();
            if (orgs.isEmpty()) {
                findings.tally(WarningKind.NO_UNIT, "case-without-body", cell.at(first),
                        "an accountability case names no accountability "
                        + "body in brackets: it is linked to none");
                cases.add(new AccountabilityCase(item.number(), item.text(), item.text(), null, cell.line(first),
                        cell.cellAt(first), mine));
                continue;
            }
            OrgNames.Bracketed org = orgs.get(orgs.size() - 1);
            String description = (item.text().substring(0, org.start()) + item.text().substring(org.end())).strip();
            cases.add(new AccountabilityCase(item.number(), item.text(), description, org.name(), cell.line(first),
                    cell.cellAt(first), mine));
        }
        orphans(basis, cases.size(), "accountability case", cell);
        return cases;
    }

    /** Says so when the numbering starts again at 1 within an item: what follows is read as part of it. */
    private void restarted(CellText cell, NumberedItems.Item item, String kind, String kinds) {
        if (item.label() != null && RESTART.matcher(item.text()).find()) {
            findings.tally(WarningKind.NUMBERING, "restart:" + kind, cell.at(item.lineInCell()), "the numbering of the "
                    + kinds + " starts again at 1 after " + kind + " " + item.number() + ": what follows is read as part of "
                    + kind + " " + item.number() + " (kept verbatim in its cell)");
        }
    }

    private void orphans(List<BasisItem> basis, int entries, String kind, CellText entriesCell) {
        for (BasisItem item : basis) {
            if (item.entry() == null || item.entry() < 1 || item.entry() > entries) {
                findings.add(WarningKind.UNLINKED_BASIS, item.location(),
                        "basis item " + (item.label() == null ? "(unnumbered)" : item.label())
                        + " belongs to no " + kind + " (the cell in column " + entriesCell.first().column() + " numbers "
                        + entries + "): kept verbatim in its cell, not linked");
            }
        }
    }

    private NumberedItems.Split numberedOrWhole(CellText cell) {
        NumberedItems.Split split = NumberedItems.sequential(cell.text());
        if (split.items().isEmpty()) {
            int lead = RowReader.leadingLines(cell.text());
            return new NumberedItems.Split("", List.of(new NumberedItems.Item("1", 1, null, cell.trimmed(),
                    cell.trimmed(), lead)));
        }
        if (!split.preamble().isEmpty()) {
            findings.tally(WarningKind.UNREAD_TEXT, "duty-preamble", cell.at(0),
                    "text before duty 1 is not part of any numbered duty "
                    + "(e.g. \"" + split.preamble().lines().findFirst().orElse("") + "\"): kept verbatim in the cell");
        }
        return split;
    }

    private static int colon(String text) {
        int full = text.indexOf('：');
        int half = text.indexOf(':');
        return full < 0 ? half : (half < 0 ? full : Math.min(full, half));
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
