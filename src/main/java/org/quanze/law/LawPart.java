package org.quanze.law;

/**
 * A part (编) of a code: its key ({@code 1} for 第一编, or the name a part file gives itself, 人格权编),
 * its number when it has one, its heading as written and its line.
 */
public record LawPart(String key, Integer number, String heading, int line) {
}
