package org.quanze.web.search;

import java.text.Normalizer;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.graph.LegalTitles;
import org.quanze.ingest.ChineseNumerals;

/**
 * A search that names an article of a document, as a lawyer writes it: {@code 消防法第五十八条},
 * {@code 行政处罚法 第55条}, {@code 《中华人民共和国消防法》第五十八条},
 * {@code 保守国家秘密法第四十五条第一款}, {@code 消防法第五十八条第一款第（四）项}. The title is
 * reduced to the key documents are known by ({@link LegalTitles#key}: no 中华人民共和国, 《》 or white
 * space), the numbers are read by {@link ChineseNumerals} (Chinese or Arabic, full-width too).
 *
 * @param titleKey  the document's key, as {@code qz:shortTitle} holds it
 * @param article   the article's number
 * @param paragraph the paragraph's number (第一款), or null when none is named
 */
record ArticleQuery(String titleKey, int article, Integer paragraph) {

    private static final String DIGITS = "〇零一二两三四五六七八九十百千0-9";
    private static final String NUM = "([" + DIGITS + "]{1,6})";
    /** Title, article (第 may be left out before a number, but then the number starts there), paragraph, item. */
    private static final Pattern REFERENCE = Pattern.compile("^(.+?)\\s*(?:第\\s*|(?<![第" + DIGITS + "]))" + NUM + "\\s*条"
            + "(?:\\s*第\\s*" + NUM + "\\s*款)?(?:\\s*第\\s*[（(]?\\s*" + NUM + "\\s*[）)]?\\s*项)?\\s*$");

    /** The article the words name, when they are a title followed by an article (and maybe its paragraph and item). */
    static Optional<ArticleQuery> parse(String words) {
        String text = Normalizer.normalize(words, Normalizer.Form.NFKC).strip();
        Matcher m = REFERENCE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String key = LegalTitles.key(m.group(1));
        OptionalInt article = ChineseNumerals.parse(m.group(2));
        if (key.isEmpty() || article.isEmpty() || article.getAsInt() <= 0) {
            return Optional.empty();
        }
        OptionalInt paragraph = m.group(3) == null ? OptionalInt.empty() : ChineseNumerals.parse(m.group(3));
        if (m.group(3) != null && paragraph.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ArticleQuery(key, article.getAsInt(), paragraph.isPresent() ? paragraph.getAsInt() : null));
    }
}
