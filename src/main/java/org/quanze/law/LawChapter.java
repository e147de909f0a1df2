package org.quanze.law;

/** A chapter: its number, its heading as written (第一章 总 则) and its title (总则). */
public record LawChapter(int number, String heading, String title, int line) {
}
