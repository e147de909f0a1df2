package org.quanze.law;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The two forms in which article text is compared. The official texts mix full- and half-width
 * punctuation between versions (2010 writes {@code 确定为国家秘密:}, 2024 {@code 确定为国家秘密：}), so
 * without NFKC folding an untouched article would look amended.
 */
public final class Normalised {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Item numbers are renumbered whenever an item is inserted; they say nothing about content. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\([一二三四五六七八九十]+\\)");

    private Normalised() {
    }

    /** Width-folded text without spaces: equal canonical texts are the same text as published. */
    public static String canonical(String text) {
        return SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    /**
     * Canonical text without item numbers and punctuation: only what carries content is left,
     * so that a comma moved or dropped does not weigh like a changed word.
     */
    public static String comparable(String text) {
        String canonical = ITEM_NUMBER.matcher(canonical(text)).replaceAll("");
        StringBuilder sb = new StringBuilder(canonical.length());
        canonical.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
