package org.quanze.web.list;

import org.quanze.queries.Fills;

/** A list as its page heads it: title, number, department, region, the file it was read from, how many powers. */
@Fills("list")
record ListFacts(String title, String number, String department, String departmentName, String region, String file,
                 String fileName, String sha256, long powers) {
}
