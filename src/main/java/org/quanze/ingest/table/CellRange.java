package org.quanze.ingest.table;

/** A block of merged cells (rows and columns from 1, inclusive); its value sits in the top-left cell. */
public record CellRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
}
