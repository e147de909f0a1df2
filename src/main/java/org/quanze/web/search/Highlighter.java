package org.quanze.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.quanze.ingest.WhiteSpace;

/**
 * Marks the words of a query in a text, as the index found them: the query is split into words by
 * the same SmartChineseAnalyzer, and the text is cut into plain and marked pieces. The pieces are
 * shown with th:text, so the text is escaped whatever it holds.
 */
final class Highlighter {

    /** A piece of text, marked or not. */
    record Piece(String text, boolean marked) {
    }

    private static final Pattern WHITE_SPACE = Pattern.compile(WhiteSpace.CHAR_OR_NO_BREAK + "+");

    private final Analyzer analyzer = new SmartChineseAnalyzer();

    /** The words of the query, longest first (so that 国家秘密 is marked before 国家). */
    List<String> words(String query) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("text", query)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 0) {
                    words.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    /**
     * The text cut into plain and marked pieces, on one line: the line breaks and runs of white
     * space a spreadsheet cell holds are shown as one space.
     */
    List<Piece> mark(String cell, List<String> words) {
        List<Piece> pieces = new ArrayList<>();
        if (cell == null) {
            return pieces;
        }
        String text = WHITE_SPACE.matcher(cell).replaceAll(" ").strip();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int i = 0;
        int plainStart = 0;
        while (i < text.length()) {
            String found = null;
            for (String w : words) {
                if (lower.startsWith(w, i)) {
                    found = w;
                    break;
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            if (i > plainStart) {
                pieces.add(new Piece(text.substring(plainStart, i), false));
            }
            pieces.add(new Piece(text.substring(i, i + found.length()), true));
            i += found.length();
            plainStart = i;
        }
        if (plainStart < text.length()) {
            pieces.add(new Piece(text.substring(plainStart), false));
        }
        return pieces;
    }
}
