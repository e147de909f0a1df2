package org.quanze.graph;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.quanze.ingest.Location;
import org.quanze.ingest.columns.ColumnLayout;
import org.quanze.ingest.list.ListFile;
import org.quanze.ingest.list.PowerList;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * Every table of a list file and every cell of it as a resource of its own, verbatim with file,
 * table, row, column and line: what the lossless rebuild reads back, and what each statement is
 * derived from. A cell of the text format is named by its table row ({@code source/FILE/r3c7}); a
 * cell of a sheet by the sheet and the sheet's own row ({@code source/FILE/Sheet1/r3c7}), so that
 * cells of different sheets, or of two lists in one sheet, never share an IRI.
 */
final class Cells {

    private final Map<SourceCell, Resource> byCell = new IdentityHashMap<>();
    /** Cells by the place a warning names them with: see {@link #at(Location)}. */
    private final Map<String, Resource> byPlace = new HashMap<>();
    private final Map<SourceTable, Resource> byTable = new IdentityHashMap<>();
    private final String fileName;

    Cells(Statements s, Iris iris, Resource file, ListFile listFile) {
        this.fileName = listFile.fileName();
        for (SourceTable table : listFile.tables()) {
            Resource t = table(s, iris, file, listFile, table);
            ColumnLayout layout = listFile.lists().stream().filter(l -> l.table() == table).findFirst()
                    .map(PowerList::layout).orElse(null);
            for (SourceRow row : table.rows()) {
                for (SourceCell cell : row.cells()) {
                    Resource r = cell(s, iris, file, t, table, layout, cell);
                    byCell.put(cell, r);
                    byPlace.putIfAbsent(place(table, cell), r);
                }
            }
        }
    }

    private Resource table(Statements s, Iris iris, Resource file, ListFile listFile, SourceTable table) {
        int number = listFile.tableNumber(table);
        Resource t = s.resource(iris.table(fileName, number), QZ.SourceTable);
        t.addProperty(QZ.sourceFile, file);
        s.integer(t, QZ.tableNumber, number);
        s.text(t, QZ.sheetName, table.part());
        s.text(t, QZ.tableTitle, table.titleLine());
        byTable.put(table, t);
        return t;
    }

    private static Resource cell(Statements s, Iris iris, Resource file, Resource table, SourceTable source,
                                 ColumnLayout layout, SourceCell cell) {
        Resource r = s.resource(iris.cell(source, cell), QZ.SourceCell);
        r.addProperty(QZ.sourceFile, file);
        r.addProperty(QZ.sourceTable, table);
        s.integer(r, QZ.row, cell.row());
        s.integer(r, QZ.column, cell.column());
        s.integer(r, QZ.line, cell.line());
        if (layout != null) {
            s.text(r, QZ.columnHeader, layout.header(cell.column()));
        }
        s.text(r, QZ.cellText, cell.text());
        return r;
    }

    /**
     * The cell a warning's place names, or null when there is none there (a row too short to hold
     * the column). A sheet names a cell by the sheet and its own row; the text export by the table
     * row (the line moves within the cell); a CSV file by the table row and the line of its record.
     */
    Resource at(Location at) {
        if (at.sheet() != null) {
            return byPlace.get(key(at.sheet(), at.row(), at.column(), 0));
        }
        Resource csv = byPlace.get(key(null, at.row(), at.column(), at.line()));
        return csv != null ? csv : byPlace.get(key(null, at.row(), at.column(), 0));
    }

    private static String place(SourceTable table, SourceCell cell) {
        if (table.form() == SourceTable.Form.TEXT) {
            return key(null, cell.row(), cell.column(), 0);
        }
        return table.part() != null ? key(table.part(), cell.line(), cell.column(), 0)
                : key(null, cell.row(), cell.column(), cell.line());
    }

    private static String key(String sheet, int row, int column, int line) {
        return sheet + "|" + row + "|" + column + "|" + line;
    }

    String fileName() {
        return fileName;
    }

    Resource table(SourceTable table) {
        return byTable.get(table);
    }

    Resource cell(SourceCell cell) {
        return byCell.get(cell);
    }

    /** States that {@code subject} was read from these cells. */
    void derive(Resource subject, List<SourceCell> cells) {
        for (SourceCell cell : cells) {
            subject.addProperty(PROV.wasDerivedFrom, cell(cell));
        }
    }
}
