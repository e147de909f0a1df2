package org.quanze.revise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.quanze.graph.CitationRole;
import org.quanze.graph.Iris;
import org.quanze.graph.MintedIri;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;
import org.quanze.impact.report.ImpactReport;
import org.quanze.impact.report.ImpactReports;
import org.quanze.impact.report.ImpactRow;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;
import org.quanze.load.ListRebuilder;
import org.quanze.store.GraphStore;

/**
 * Drafts the revised list: every citation of a revised version in the list is rewritten to cite what
 * the article correspondence gives in the new version (one draft for several documents revised at
 * once), in the list file's own cells — each basis item rewritten piece by piece, every other
 * character of the file kept as the graph holds it.
 */
public final class Reviser {

    private final Iris iris;
    private final ImpactReports reports;

    public Reviser(Iris iris) {
        this.iris = iris;
        this.reports = new ImpactReports(iris);
    }

    /** A citation of the old version, what the impact report says of it, and the edit proposed for it. */
    private record Pending(ImpactRow row, ProposalMaker.Made made) {
        int ordinal() {
            return row.citation().written().ordinal();
        }
    }

    /**
     * @throws IllegalArgumentException when the list is not loaded, or a document or version is not found
     *                                  (the impact report's own errors, with its reasons)
     */
    public Draft draft(GraphStore store, String listIri, List<DocumentRevision> revisions) {
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("name at least one revised document, e.g. 保守国家秘密法:2010:2024");
        }
        GraphReader reader = GraphReader.of(store);
        ListFileRow file = file(store, listIri);
        Map<String, String> itemTexts = itemTexts(reader, file.fileName());
        Map<Object, List<Pending>> byItem = pending(reader, listIri, revisions);
        List<Proposal> proposals = new ArrayList<>();
        for (List<Pending> item : byItem.values()) {
            proposals.addAll(propose(item, itemTexts));
        }
        List<SourceTable> tables = new ListRebuilder(store).rebuildTables(file.fileName());
        return apply(new Draft(listIri, file.listTitle(), file.fileName(), file.sha256(), revisions, tables, tables,
                proposals, 0));
    }

    /** The file a loaded list was read from; refused when no such list is loaded. */
    private static ListFileRow file(GraphStore store, String listIri) {
        return ImpactQueries.list(GraphReader.of(store), "revise-list-file", ImpactQueries.iri("list", listIri),
                ListFileRow.class).stream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "no list " + listIri + " is loaded"));
    }

    /**
     * The draft as a reviewer decided it: each proposal accepted (its proposed item), rejected (the item as
     * published) or edited (the reviewer's text for the item); a proposal not named stays as proposed.
     */
    public Draft decide(Draft draft, Map<String, Decision> decisions) {
        // Citations of one item share its text: an edit of any of them gives the item's text, else a rejection of
        // any keeps the item as published, else it reads as proposed.
        Map<Object, Decision> byItem = new HashMap<>();
        for (Proposal p : draft.proposals()) {
            Decision d = decisions.get(p.id());
            if (d != null) {
                byItem.merge(itemKey(p.citation()), d, (a, b) -> a.kind().compareTo(b.kind()) >= 0 ? a : b);
            }
        }
        List<Proposal> consistent = draft.proposals().stream().map(p -> {
            Decision d = byItem.get(itemKey(p.citation()));
            return d == null ? p : d.applyTo(p);
        }).toList();
        return apply(new Draft(draft.list(), draft.listTitle(), draft.fileName(), draft.fileSha256(), draft.revisions(),
                draft.published(),
                draft.published(), consistent, 0));
    }

    /** The draft's published tables with its proposals written into their cells. */
    private Draft apply(Draft draft) {
        Map<String, List<Proposal>> byCell = new LinkedHashMap<>();
        draft.proposals().forEach(p -> byCell.computeIfAbsent(p.citation().source().cell(), k -> new ArrayList<>()).add(p));
        Map<String, Proposal> settled = new HashMap<>();
        int[] changed = {0};
        List<SourceTable> revised = draft.published().stream().map(t -> revise(t, byCell, settled, changed)).toList();
        List<Proposal> ordered = draft.proposals().stream().map(p -> settled.getOrDefault(p.id(), p)).toList();
        return new Draft(draft.list(), draft.listTitle(), draft.fileName(), draft.fileSha256(), draft.revisions(),
                draft.published(), revised,
                ordered, changed[0]);
    }

    private Map<String, String> itemTexts(GraphReader reader, String fileName) {
        Map<String, String> texts = new HashMap<>();
        ImpactQueries.list(reader, "revise-item-texts", Map.of("graph", NodeFactory.createURI(iris.graph(fileName))),
                ItemTextRow.class).forEach(r -> texts.put(r.citation(), r.text()));
        return texts;
    }

    /** The citations of the old versions, by the basis item they stand in (in the list's order). */
    private Map<Object, List<Pending>> pending(GraphReader reader, String listIri, List<DocumentRevision> revisions) {
        ProposalMaker maker = new ProposalMaker(reader);
        Map<Object, List<Pending>> byItem = new LinkedHashMap<>();
        for (DocumentRevision r : revisions) {
            ImpactReport report = reports.report(reader, r.document(), r.from(), r.to(), listIri);
            RevisionEvent event = RevisionEvent.of(reader, report.to());
            for (ImpactRow row : report.rows()) {
                CitationRecord c = row.citation();
                if (row.citesNewer() || c.isRepeat()) {
                    continue;
                }
                String history = c.written().history() == null ? null : event.extend(c.written().history());
                byItem.computeIfAbsent(itemKey(c), k -> new ArrayList<>()).add(new Pending(row, maker.make(row, history)));
            }
        }
        return byItem;
    }

    /** The basis item a citation stands in: its power, role and item, as the IRI scheme reads its IRI back. */
    private record ItemKey(MintedIri.PowerIri power, CitationRole role, int item) {
    }

    private static Object itemKey(CitationRecord c) {
        return Iris.citationOf(c.iri()).<Object>map(i -> new ItemKey(i.power(), i.role(), i.item())).orElse(c.iri());
    }

    /** One item's proposals: its citations' edits applied together, in the order the item writes them. */
    private static List<Proposal> propose(List<Pending> item, Map<String, String> itemTexts) {
        List<Pending> sorted = item.stream().sorted(Comparator.comparingInt(Pending::ordinal)).toList();
        String original = itemTexts.get(sorted.get(0).row().citation().iri());
        List<ItemRewriter.Edit> edits = sorted.stream().flatMap(p -> p.made().edit().stream()).toList();
        Optional<String> rewritten = original == null || edits.isEmpty() ? Optional.empty()
                : ItemRewriter.rewrite(original, edits);
        List<ReviewReason> extra = !edits.isEmpty() && rewritten.isEmpty() ? List.of(ReviewReason.NOT_REWRITABLE) : List.of();
        String text = original == null ? "" : original;
        return sorted.stream().map(p -> proposal(p, text, rewritten.orElse(text), extra)).toList();
    }

    private static Proposal proposal(Pending p, String original, String proposed, List<ReviewReason> extra) {
        ImpactRow row = p.row();
        CitationRecord c = row.citation();
        String newReference = String.join("、", p.made().targets().stream().map(ItemRewriter.Target::reference).toList());
        List<ReviewReason> reasons = new ArrayList<>(p.made().reasons());
        extra.stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
        return new Proposal(c.iri(), c, c.resolved().documentKey(), row.oldVersion(), row.newVersion(), row.change(),
                row.newArticles(), c.written().reference(), newReference, original, proposed, reasons);
    }

    /** A table with its cells rewritten; a cell whose items are not all found as written is kept and said so. */
    private SourceTable revise(SourceTable table, Map<String, List<Proposal>> byCell, Map<String, Proposal> settled,
                               int[] changed) {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow row : table.rows()) {
            List<SourceCell> cells = new ArrayList<>();
            for (SourceCell cell : row.cells()) {
                List<Proposal> proposals = byCell.get(iris.cell(table, cell));
                String text = proposals == null ? cell.text() : rewriteCell(cell.text(), proposals, settled);
                if (!text.equals(cell.text())) {
                    changed[0]++;
                }
                cells.add(text.equals(cell.text()) ? cell : new SourceCell(cell.row(), cell.column(), cell.line(), text));
            }
            rows.add(new SourceRow(row.number(), row.line(), cells));
        }
        return new SourceTable(table.fileName(), table.part(), table.titleLine(), rows, table.merges(),
                table.byteOrderMark(), table.lineBreak(), table.trailer(), table.form());
    }

    /** Replaces each item's text in the cell, in the order of the items, each after the previous one. */
    private static String rewriteCell(String cellText, List<Proposal> proposals, Map<String, Proposal> settled) {
        Map<Object, List<Proposal>> byItem = new LinkedHashMap<>();
        proposals.stream().sorted(Comparator.comparingInt((Proposal p) -> itemIndex(p))
                        .thenComparingInt(p -> p.citation().written().ordinal()))
                .forEach(p -> byItem.computeIfAbsent(itemKey(p.citation()), k -> new ArrayList<>()).add(p));
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        for (List<Proposal> item : byItem.values()) {
            Proposal first = item.get(0);
            if (!first.changesText()) {
                continue;
            }
            int at = cellText.indexOf(first.originalItem(), cursor);
            if (at < 0) {
                item.forEach(p -> settled.put(p.id(), p.withItem(p.originalItem(), List.of(ReviewReason.NOT_REWRITABLE))));
                continue;
            }
            out.append(cellText, cursor, at).append(first.proposedItem());
            cursor = at + first.originalItem().length();
        }
        out.append(cellText, cursor, cellText.length());
        return out.toString();
    }

    private static int itemIndex(Proposal p) {
        return Iris.citationOf(p.id()).map(MintedIri.CitationIri::item).orElse(0);
    }
}
