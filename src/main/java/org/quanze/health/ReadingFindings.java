package org.quanze.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
     * when no cell holds them), without the text of their cells ({@link #withCellTexts}).
     */
    public static List<ReadingFinding> read(GraphReader reader, String listIri) {
        Map<String, Node> params = listIri == null ? Map.of() : ImpactQueries.iri("list", listIri);
        Map<String, ReadingFinding> byIri = new LinkedHashMap<>();
        String name = "health-reading-findings";
        for (ReadingFindingRow r : ImpactQueries.list(reader, name,
                Bindings.bind(ImpactQueries.query(name), List.of("list"), params), ReadingFindingRow.class)) {
            WarningKind.ofCode(r.kind()).ifPresent(kind -> byIri.putIfAbsent(r.finding(), of(kind, r)));
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
            ImpactQueries.list(reader, name, Bindings.bindEach(ImpactQueries.query(name), "cell", cells), CellText.class)
                    .forEach(r -> texts.put(r.cell(), r.text()));
        }
        return findings.stream().map(f -> new ReadingFinding(f.iri(), f.kind(), f.fileName(), f.sheet(), f.row(),
                f.column(), f.line(), f.cell(), texts.get(f.cell()), f.message(), f.list(), f.listTitle())).toList();
    }

    private static ReadingFinding of(WarningKind kind, ReadingFindingRow r) {
        return new ReadingFinding(r.finding(), kind, r.fileName(), r.sheet(), number(r.row()), number(r.column()),
                number(r.line()), r.cell(), null, r.message(), r.ofList(), r.listTitle());
    }

    private static int number(Integer n) {
        return n == null ? 0 : n;
    }
}
