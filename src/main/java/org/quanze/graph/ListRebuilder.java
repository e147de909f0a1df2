package org.quanze.graph;

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
 * Rebuilds a list's table, cell by cell, from the graph alone: the proof that a load loses
 * nothing, and the "as published" view of a list.
 */
public final class ListRebuilder {

    private static final Query CELLS = QueryFactory.create("""
            PREFIX qz: <https://w3id.org/quanze/ontology#>
            SELECT ?title ?row ?column ?line ?text WHERE {
              ?file a qz:SourceFile ; qz:fileName ?fileName .
              OPTIONAL { ?file qz:titleLine ?title }
              ?cell qz:sourceFile ?file ; qz:row ?row ; qz:column ?column ; qz:line ?line ; qz:cellText ?text .
            } ORDER BY ?row ?column""");

    private final GraphStore store;

    public ListRebuilder(GraphStore store) {
        this.store = store;
    }

    /** The table of the list file of that name, or empty when no such file is loaded. */
    public Optional<SourceTable> rebuild(String fileName) {
        Query query = QueryTransformOps.transform(CELLS, Map.of(Var.alloc("fileName"),
                NodeFactory.createLiteralString(fileName)));
        ResultSetRewindable rs = store.select(query);
        if (!rs.hasNext()) {
            return Optional.empty();
        }
        String title = null;
        Map<Integer, List<SourceCell>> rows = new TreeMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            title = s.contains("title") ? s.getLiteral("title").getString() : null;
            int row = s.getLiteral("row").getInt();
            rows.computeIfAbsent(row, r -> new ArrayList<>()).add(new SourceCell(row, s.getLiteral("column").getInt(),
                    s.getLiteral("line").getInt(), s.getLiteral("text").getString()));
        }
        List<SourceRow> table = new ArrayList<>();
        rows.forEach((n, cells) -> table.add(new SourceRow(n, cells.get(0).line(), cells)));
        return Optional.of(SourceTable.text(fileName, title, table, false, "\n", ""));
    }
}
