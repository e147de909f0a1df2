package org.quanze.health;

import org.quanze.queries.Fills;

/** A loaded list with the name of its file and the title line read from it (null when the file had none). */
@Fills("health-lists")
record LoadedList(String list, String listTitle, String fileName, String titleLine) {
}
