package org.quanze.ingest;

/**
 * Where something stands in a source file: the file, the table row and column (from 1; 0 when
 * not inside the table) and the line of the file (from 1). Errors and warnings carry one so that
 * a person can find the cell to fix.
 */
public record Location(String file, int row, int column, int line) {

    public static Location ofLine(String file, int line) {
        return new Location(file, 0, 0, line);
    }

    public Location atLine(int newLine) {
        return new Location(file, row, column, newLine);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (row > 0) {
            sb.append(", row ").append(row);
        }
        if (column > 0) {
            sb.append(", column ").append(column);
        }
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        return sb.toString();
    }
}
