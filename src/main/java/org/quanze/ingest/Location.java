package org.quanze.ingest;

/**
 * Where something stands in a source file: the file, the sheet (or Word table) when the file has
 * them, the row and column (from 1; 0 when not inside a table) and the line of the file (from 1;
 * 0 when the file has no lines, as a workbook). Errors and warnings carry one so that a person can
 * find the cell to fix. In a sheet the row is the sheet's own row number, as a spreadsheet shows it.
 */
public record Location(String file, String sheet, int row, int column, int line) {

    public Location(String file, int row, int column, int line) {
        this(file, null, row, column, line);
    }

    public static Location ofLine(String file, int line) {
        return new Location(file, 0, 0, line);
    }

    public Location atLine(int newLine) {
        return new Location(file, sheet, row, column, newLine);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (sheet != null) {
            sb.append(", sheet \"").append(sheet).append('"');
        }
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
