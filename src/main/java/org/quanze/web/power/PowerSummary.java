package org.quanze.web.power;

import org.quanze.queries.Fills;

/** A power as the powers page and a list's page list it: category, unit, list, how many duties and cases. */
@Fills("power-rows")
public record PowerSummary(String power, String number, String name, String category, String categoryLabel, String unit,
                           String unitName, String list, String listTitle, String duties, String cases) {
}
