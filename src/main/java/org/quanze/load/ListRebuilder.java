package org.quanze.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;
import org.quanze.store.GraphStore;

/**
 * Rebuilds a list file's tables, cell by cell, from the graph alone: the proof that a load loses
 * nothing, and the "as published" view of a list. A workbook gives one table per sheet (or per
 * list within a sheet), each with its sheet name, title, rows, columns and text.
 */
public final class ListRebuilder {

    private static final Query CELLS = QueryFactory.create("""
            PREFIX qz: <https://w3id.org/quanze/ontology#>
            SELECT ?fileTitle ?number ?sheet ?title ?row ?column ?line ?text WHERE {
              ?file a qz:SourceFile ; qz:fileName ?fileName .
              OPTIONAL { ?file qz:titleLine ?fileTitle }
              ?table qz:sourceFile ?file ; qz:tableNumber ?number .
              OPTIONAL { ?table qz:sheetName ?sheet }
              OPTIONAL { ?table qz:tableTitle ?title }
              ?cell qz:sourceTable ?table ; qz:row ?row ; qz:column ?column ; qz:line ?line ; qz:cellText ?text .
            } ORDER BY ?number ?row ?column""");

    private final GraphStore store;

    public ListRebuilder(GraphStore store) {
        this.store = store;
    }

    /** The table of the list file of that name in the text format, or empty when no such file is loaded. */
    public Optional<SourceTable> rebuild(String fileName) {
        return rebuildTables(fileName).stream().findFirst();
    }

    /** Every table of the file of that name, in reading order; empty when no such file is loaded. */
    public List<SourceTable> rebuildTables(String fileName) {
        Query query = QueryTransformOps.transform(CELLS, Map.of(Var.alloc("fileName"),
                NodeFactory.createLiteralString(fileName)));
        ResultSetRewindable rs = store.select(query);
        Map<Integer, TableRows> tables = new TreeMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            int number = s.getLiteral("number").getInt();
            TableRows table = tables.computeIfAbsent(number, n -> new TableRows(text(s, "sheet"),
                    s.contains("fileTitle") ? text(s, "fileTitle") : text(s, "title"), s.contains("fileTitle")));
            int row = s.getLiteral("row").getInt();
            table.rows.computeIfAbsent(row, r -> new ArrayList<>()).add(new SourceCell(row,
                    s.getLiteral("column").getInt(), s.getLiteral("line").getInt(), text(s, "text")));
        }
        return tables.values().stream().map(t -> t.table(fileName)).toList();
    }

    private static String text(QuerySolution s, String variable) {
        return s.contains(variable) ? s.getLiteral(variable).getString() : null;
    }

    /** The cells of one table as they come out of the store. */
    private static final class TableRows {
        final String sheet;
        final String title;
        final boolean textFormat;
        final Map<Integer, List<SourceCell>> rows = new TreeMap<>();

        TableRows(String sheet, String title, boolean textFormat) {
            this.sheet = sheet;
            this.title = title;
            this.textFormat = textFormat;
        }

        SourceTable table(String fileName) {
            List<SourceRow> table = new ArrayList<>();
            rows.forEach((n, cells) -> table.add(new SourceRow(n, cells.get(0).line(), cells)));
            return textFormat ? SourceTable.text(fileName, title, table, false, "\n", "")
                    : SourceTable.grid(fileName, sheet, title, table, List.of());
        }
    }
}
