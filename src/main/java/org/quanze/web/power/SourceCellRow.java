package org.quanze.web.power;

import org.quanze.queries.Fills;

/** A cell of the source a power was read from: its position, its column's header, its text and the file. */
@Fills("power-cells")
public record SourceCellRow(String cell, String row, String column, String header, String text, String file) {
}
