package org.quanze.law;

/**
 * A chapter: its number, its heading as written (第一章 总 则), its title (总则), and the part (编) it
 * stands in when the text has parts: {@code null} otherwise. Chapters are numbered anew in each part
 * of some codes (刑法: 第一编 第一章 … 第二编 第一章), so a chapter is told by its part and number.
 */
public record LawChapter(int number, String heading, String title, int line, String part) {

    public LawChapter(int number, String heading, String title, int line) {
        this(number, heading, title, line, null);
    }
}
