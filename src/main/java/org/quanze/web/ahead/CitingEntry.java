package org.quanze.web.ahead;

/** The entry a coming change reaches: its list, its power, the duty, case or power it backs, and the citation. */
public record CitingEntry(String list, String listTitle, String power, Integer powerNumber, String powerName,
                          String entry, String citation) {
}
