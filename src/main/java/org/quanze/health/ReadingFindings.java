package org.quanze.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private ReadingFindings() {
    }

    /**
     * The findings of every list, or only those met in the table of {@code listIri} (or in its file,
     * when no list's table holds them), without the text of their cells ({@link #withCellTexts}).
     */
    public static List<ReadingFinding> read(GraphReader reader, String listIri) {
        List<ListTableRow> lists = ImpactQueries.whole(reader, "health-list-tables", Map.of(), ListTableRow.class);
        Map<String, ListTableRow> byTable = new HashMap<>();
        lists.stream().filter(l -> l.table() != null).forEach(l -> byTable.putIfAbsent(l.table(), l));
        String name = "health-reading-findings";
        Query query = ImpactQueries.query(name);
        if (listIri != null) {
            List<Node> files = lists.stream().filter(l -> l.list().equals(listIri)).map(ListTableRow::file).distinct()
                    .map(NodeFactory::createURI).toList();
            if (files.isEmpty()) {
                return List.of();
            }
            query = Bindings.bindEach(query, "file", files);
        }
        Map<String, ReadingFinding> byIri = new LinkedHashMap<>();
        for (ReadingFindingRow r : ImpactQueries.whole(reader, name, query, ReadingFindingRow.class)) {
            ListTableRow of = r.table() == null ? null : byTable.get(r.table());
            if (listIri != null && of != null && !of.list().equals(listIri)) {
                continue;
            }
            WarningKind.ofCode(r.kind()).ifPresent(kind -> byIri.putIfAbsent(r.finding(), of(kind, r, of)));
        }
        List<ReadingFinding> findings = new ArrayList<>(byIri.values());
        findings.sort(ORDER);
        return findings;
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
