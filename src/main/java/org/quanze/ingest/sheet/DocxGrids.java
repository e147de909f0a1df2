package org.quanze.ingest.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.quanze.ingest.table.CellRange;

/**
 * The tables of a Word document as grids: line = the table's row from 1, column = the position in
 * the table's grid, so that a cell spanning columns (gridSpan) leaves the columns after it empty
 * and a vertically merged cell (vMerge) leaves the rows below it empty, as a merged sheet does.
 * The paragraph just before a table becomes its caption (a Word list's title sits outside it).
 */
final class DocxGrids {

    private DocxGrids() {
    }

    static List<Grid> read(String fileName, XWPFDocument document) {
        List<Grid> grids = new ArrayList<>();
        String caption = null;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isBlank()) {
                caption = paragraph.getText();
            } else if (element instanceof XWPFTable table) {
                grids.add(grid(fileName, "table " + (grids.size() + 1), caption, table));
                caption = null;
            }
        }
        return grids;
    }

    private static Grid grid(String fileName, String part, String caption, XWPFTable table) {
        Grid grid = new Grid(fileName, part, caption);
        VerticalMerges vertical = new VerticalMerges(grid);
        int line = 0;
        for (XWPFTableRow row : table.getRows()) {
            line++;
            int column = 1 + gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                int span = gridSpan(cell);
                grid.put(line, column, text(cell));
                STMerge.Enum merge = verticalMerge(cell);
                if (merge == STMerge.CONTINUE) {
                    vertical.extend(line, column);
                } else {
                    vertical.start(line, column, span, merge == STMerge.RESTART);
                }
                column += span;
            }
            vertical.endRow();
        }
        vertical.endRow();
        return grid;
    }

    /** A cell's paragraphs (and any table nested in it) one per line, as Word shows them. */
    private static String text(XWPFTableCell cell) {
        return cell.getBodyElements().stream().map(DocxGrids::text).collect(Collectors.joining("\n"));
    }

    private static String text(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            return paragraph.getText();
        }
        if (element instanceof XWPFTable nested) {
            return nested.getRows().stream()
                    .map(r -> r.getTableCells().stream().map(DocxGrids::text).collect(Collectors.joining("\t")))
                    .collect(Collectors.joining("\n"));
        }
        return "";
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        return pr == null || pr.sizeOfGridBeforeArray() == 0 ? 0 : pr.getGridBeforeArray(0).getVal().intValue();
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr == null || !pr.isSetGridSpan() ? 1 : Math.max(1, pr.getGridSpan().getVal().intValue());
    }

    /** RESTART, CONTINUE (also when the attribute is left out, as Word does), or null: not merged. */
    private static STMerge.Enum verticalMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return null;
        }
        return pr.getVMerge().isSetVal() ? pr.getVMerge().getVal() : STMerge.CONTINUE;
    }

    /** Tracks the cells merged down a column until a row no longer continues them. */
    private static final class VerticalMerges {
        private final Grid grid;
        private final Map<Integer, int[]> open = new HashMap<>();
        private final Set<Integer> continued = new HashSet<>();

        VerticalMerges(Grid grid) {
            this.grid = grid;
        }

        void start(int line, int column, int span, boolean restart) {
            close(column);
            if (restart) {
                open.put(column, new int[] {line, line, span});
                continued.add(column);
            } else if (span > 1) {
                grid.merge(new CellRange(line, column, line, column + span - 1));
            }
        }

        void extend(int line, int column) {
            int[] block = open.get(column);
            if (block != null) {
                block[1] = line;
                continued.add(column);
            }
        }

        /** Closes the blocks the row just read did not continue. */
        void endRow() {
            for (Integer column : new ArrayList<>(open.keySet())) {
                if (!continued.contains(column)) {
                    close(column);
                }
            }
            continued.clear();
        }

        private void close(int column) {
            int[] block = open.remove(column);
            if (block != null && (block[1] > block[0] || block[2] > 1)) {
                grid.merge(new CellRange(block[0], column, block[1], column + block[2] - 1));
            }
        }
    }
}
