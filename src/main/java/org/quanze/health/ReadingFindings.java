package org.quanze.health;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.quanze.ingest.WarningKind;
import org.quanze.queries.Bindings;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;

/** The reader's warnings kept in the lists' graphs ({@code qz:ReadingFinding}), of every list or of one. */
public final class ReadingFindings {

    /** In the order a person goes through a file: file, sheet, row, column, line, kind. */
    public static final Comparator<ReadingFinding> ORDER = Comparator.comparing(ReadingFinding::fileName)
            .thenComparing(f -> f.sheet() == null ? "" : f.sheet()).thenComparingInt(ReadingFinding::row)
            .thenComparingInt(ReadingFinding::column).thenComparingInt(ReadingFinding::line)
            .thenComparing(f -> f.kind().code()).thenComparing(ReadingFinding::iri);

    /** How many files' findings one query reads: few enough that the first page stops early, enough to be few queries. */
    private static final int FILES_A_QUERY = 8;
    private static final String FINDINGS = "health-reading-findings";

    private ReadingFindings() {
    }

    /**
     * The findings of every list, or only those met in the table of {@code listIri} (or in its file,
     * when no list's table holds them), without the text of their cells ({@link #withCellTexts}).
     */
    public static List<ReadingFinding> read(GraphReader reader, String listIri) {
        List<ListTableRow> lists = ImpactQueries.whole(reader, "health-list-tables", Map.of(), ListTableRow.class);
        Query query = ImpactQueries.query(FINDINGS);
        if (listIri != null) {
            List<Node> files = lists.stream().filter(l -> l.list().equals(listIri)).map(ListTableRow::file).distinct()
                    .map(NodeFactory::createURI).toList();
            if (files.isEmpty()) {
                return List.of();
            }
            query = Bindings.bindEach(query, "file", files);
        }
        List<ReadingFinding> findings = new ArrayList<>(findings(reader, query, byTable(lists), listIri, kind -> true));
        findings.sort(ORDER);
        return findings;
    }

    /**
     * The first {@code limit} findings of every list (in {@link #ORDER}) of the kinds {@code wanted}, of which there
     * are {@code expected} (the count the loads kept): read file by file, in the order of the files' names — the first
     * key of the order — and no further than the files holding them. Over a province's lists the findings are tens
     * of thousands and the health page lists 200: reading them all was 80 % of the page (4–11 s at 100×). Should the
     * count kept be short, every file is read.
     */
    public static List<ReadingFinding> first(GraphReader reader, Predicate<WarningKind> wanted, long expected, int limit) {
        if (expected <= 0 || limit <= 0) {
            return List.of();
        }
        Map<String, ListTableRow> byTable = byTable(ImpactQueries.whole(reader, "health-list-tables", Map.of(),
                ListTableRow.class));
        Map<String, List<Node>> filesByName = new LinkedHashMap<>();
        for (SourceFileRow f : ImpactQueries.whole(reader, "health-source-files", Map.of(), SourceFileRow.class)) {
            filesByName.computeIfAbsent(f.fileName(), n -> new ArrayList<>()).add(NodeFactory.createURI(f.file()));
        }
        List<ReadingFinding> found = new ArrayList<>();
        List<Node> batch = new ArrayList<>();
        for (Iterator<List<Node>> names = filesByName.values().iterator(); names.hasNext(); ) {
            // Files of one name together: their findings interleave in the order.
            batch.addAll(names.next());
            if (batch.size() >= FILES_A_QUERY || !names.hasNext()) {
                found.addAll(findings(reader, Bindings.bindEach(ImpactQueries.query(FINDINGS), "file", batch), byTable,
                        null, wanted));
                batch.clear();
                if (found.size() >= Math.min(expected, limit)) {
                    break;
                }
            }
        }
        found.sort(ORDER);
        return found.subList(0, Math.min(limit, found.size()));
    }

    /** Each list by the table it was read from. */
    private static Map<String, ListTableRow> byTable(List<ListTableRow> lists) {
        Map<String, ListTableRow> byTable = new HashMap<>();
        lists.stream().filter(l -> l.table() != null).forEach(l -> byTable.putIfAbsent(l.table(), l));
        return byTable;
    }

    /** The findings {@code query} reads, of the kinds wanted, each once (in {@code listIri}'s table only, if given). */
    private static Collection<ReadingFinding> findings(GraphReader reader, Query query, Map<String, ListTableRow> byTable,
                                                       String listIri, Predicate<WarningKind> wanted) {
        Map<String, ReadingFinding> byIri = new LinkedHashMap<>();
        for (ReadingFindingRow r : ImpactQueries.whole(reader, FINDINGS, query, ReadingFindingRow.class)) {
            ListTableRow of = r.table() == null ? null : byTable.get(r.table());
            if (listIri != null && of != null && !of.list().equals(listIri)) {
                continue;
            }
            WarningKind.ofCode(r.kind()).filter(wanted).ifPresent(kind -> byIri.putIfAbsent(r.finding(), of(kind, r, of)));
        }
        return byIri.values();
    }

    /** The findings with the text of their cells, read for these findings only (cells can be long). */
    public static List<ReadingFinding> withCellTexts(GraphReader reader, List<ReadingFinding> findings) {
        List<Node> cells = findings.stream().map(ReadingFinding::cell).filter(c -> c != null).distinct()
                .map(NodeFactory::createURI).toList();
        Map<String, String> texts = new HashMap<>();
        if (!cells.isEmpty()) {
            String name = "health-cell-texts";
            ImpactQueries.whole(reader, name, Bindings.bindEach(ImpactQueries.query(name), "cell", cells), CellText.class)
                    .forEach(r -> texts.put(r.cell(), r.text()));
        }
        return findings.stream().map(f -> new ReadingFinding(f.iri(), f.kind(), f.fileName(), f.sheet(), f.row(),
                f.column(), f.line(), f.cell(), texts.get(f.cell()), f.message(), f.list(), f.listTitle())).toList();
    }

    private static ReadingFinding of(WarningKind kind, ReadingFindingRow r, ListTableRow of) {
        return new ReadingFinding(r.finding(), kind, r.fileName(), r.sheet(), number(r.row()), number(r.column()),
                number(r.line()), r.cell(), null, r.message(),
                of == null ? null : of.list(), of == null ? null : of.listTitle());
    }

    private static int number(Integer n) {
        return n == null ? 0 : n;
    }
}
