package org.quanze.web.list;

import org.quanze.queries.Fills;

/** A loaded list as the lists, the home page and the forms choosing a list show it. */
@Fills("home-lists")
public record ListSummary(String list, String title, String department, String departmentName, long powers) {
}
