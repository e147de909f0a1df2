package org.quanze.graph;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.quanze.ingest.columns.ColumnRole;
import org.quanze.ingest.list.PowerList;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * Every cell of a list's table as a resource of its own, verbatim with file, row, column and
 * line: what the lossless rebuild reads back, and what each statement is derived from.
 */
final class Cells {

    private final Map<String, Resource> byPosition = new HashMap<>();
    private final PowerList list;

    Cells(Statements s, Iris iris, Resource file, PowerList list) {
        this.list = list;
        String fileName = list.table().fileName();
        for (SourceRow row : list.table().rows()) {
            for (SourceCell cell : row.cells()) {
                Resource r = s.resource(iris.cell(fileName, cell.row(), cell.column()), QZ.SourceCell);
                r.addProperty(QZ.sourceFile, file);
                s.integer(r, QZ.row, cell.row());
                s.integer(r, QZ.column, cell.column());
                s.integer(r, QZ.line, cell.line());
                s.text(r, QZ.columnHeader, list.layout().header(cell.column()));
                s.text(r, QZ.cellText, cell.text());
                byPosition.put(key(cell.row(), cell.column()), r);
            }
        }
    }

    String fileName() {
        return list.table().fileName();
    }

    Resource cell(SourceCell cell) {
        return byPosition.get(key(cell.row(), cell.column()));
    }

    /** States that {@code subject} was read from the cell of {@code role} in {@code row}. */
    void derive(Resource subject, SourceRow row, ColumnRole role) {
        list.layout().column(role).flatMap(row::cell).map(this::cell)
                .ifPresent(cell -> subject.addProperty(PROV.wasDerivedFrom, cell));
    }

    private static String key(int row, int column) {
        return row + ":" + column;
    }
}
