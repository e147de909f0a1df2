package org.quanze.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * One key per legal document however its title is written, as a lawyer reads titles: white space
 * and every kind of title bracket removed (《》〈〉<>‹›«»「」, full or half width, so that
 * 实施《中华人民共和国社会保险法》若干规定 and 实施中华人民共和国社会保险法若干规定 agree), full-width letters,
 * digits and brackets made half width (so that (试行) and （试行） agree), and 中华人民共和国 dropped
 * where it opens a law's name: at the start, after a title bracket, or after 实施, 适用, 贯彻 or 执行
 * (统计法 and 中华人民共和国统计法 agree; so do 最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释 and
 * …关于适用《刑事诉讼法》的解释, and 新疆维吾尔自治区实施中华人民共和国档案法办法 and …实施档案法办法), not
 * where it names the country (外国人在中华人民共和国收养子女登记办法). Nothing else is
 * dropped: 条例 and 条例实施细则, 法 and 法实施条例, a 试行 text and the final one keep keys of their own.
 * Titles wrapped over lines in a narrow column (《 中华⏎人民共和国 行政⏎处罚法》) give the same key as
 * when written on one line.
 */
public final class TitleKey {

    private static final Pattern STATE = Pattern.compile("(^|[《〈<‹«「『]|实施|适用|贯彻|执行)中华人民共和国(?=.)");
    private static final Pattern DROPPED = Pattern.compile("[\\s\\u3000\\u200B\\uFEFF《》〈〉<>‹›«»「」『』]+");

    private TitleKey() {
    }

    public static String of(String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\u200B\\uFEFF]+", "");
        return DROPPED.matcher(STATE.matcher(t).replaceAll("$1")).replaceAll("");
    }
}
