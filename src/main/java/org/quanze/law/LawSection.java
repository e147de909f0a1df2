package org.quanze.law;

/** A section (节) of a chapter: its number within the chapter, its heading as written, its chapter and part. */
public record LawSection(int number, String heading, int line, String part, Integer chapter) {
}
