package org.quanze.ingest.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.quanze.ingest.table.CellRange;

/** The sheets of a workbook (.xls or .xlsx alike) as grids of the text each cell displays. */
final class WorkbookGrids {

    private WorkbookGrids() {
    }

    static List<Grid> read(String fileName, Workbook workbook) {
        DataFormatter formatter = formatter();
        List<Grid> grids = new ArrayList<>();
        for (Sheet sheet : workbook) {
            Grid grid = new Grid(fileName, sheet.getSheetName(), null);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    grid.put(row.getRowNum() + 1, cell.getColumnIndex() + 1, formatter.formatCellValue(cell));
                }
            }
            for (CellRangeAddress r : sheet.getMergedRegions()) {
                grid.merge(new CellRange(r.getFirstRow() + 1, r.getFirstColumn() + 1, r.getLastRow() + 1,
                        r.getLastColumn() + 1));
            }
            grids.add(grid);
        }
        return grids;
    }

    /**
     * The text as a reader sees it: numbers and dates through the cell's format, and a formula as
     * the value saved with it. Formulas are never evaluated: the file is published, not recomputed,
     * and evaluation could reach other workbooks.
     */
    private static DataFormatter formatter() {
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        formatter.setUseCachedValuesForFormulaCells(true);
        return formatter;
    }
}
