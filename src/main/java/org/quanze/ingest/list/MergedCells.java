package org.quanze.ingest.list;

import java.util.Optional;
import org.quanze.ingest.table.CellRange;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;

/**
 * Reads a table's cells the way its merged blocks show them: a spreadsheet keeps a block's value
 * in its top-left cell only, so a cell lower down in the block's first column shows that value (a
 * power's name or basis merged down over its sub-item rows applies to those rows). The other
 * columns of a wide block show nothing: the text belongs to the column it is written in.
 */
final class MergedCells {

    private final SourceTable table;

    MergedCells(SourceTable table) {
        this.table = table;
    }

    /** The cell whose value shows at (row, column): the block's top-left, or the cell itself. */
    Optional<SourceCell> shown(SourceRow row, int column) {
        CellRange block = table.coveringMerge(row.number(), column);
        if (block != null && block.firstColumn() == column) {
            return table.rows().get(block.firstRow() - 1).cell(column);
        }
        return block == null ? row.cell(column) : Optional.empty();
    }

    /** Whether the cell lies under a block that starts in a row above it. */
    boolean mergedFromAbove(SourceRow row, int column) {
        CellRange block = table.coveringMerge(row.number(), column);
        return block != null && block.firstRow() < row.number();
    }

    /** Whether any cell of the row lies under a block that starts above it: the row belongs to that block. */
    boolean rowMergedFromAbove(SourceRow row) {
        for (int c = 1; c <= row.width(); c++) {
            if (mergedFromAbove(row, c)) {
                return true;
            }
        }
        return false;
    }

    /** The row's own text in a column, trimmed; empty when blank or shown from a block above. */
    Optional<String> ownText(SourceRow row, int column) {
        if (table.coveringMerge(row.number(), column) != null) {
            return Optional.empty();
        }
        return row.cell(column).filter(c -> !c.isBlank()).map(SourceCell::trimmed);
    }
}
