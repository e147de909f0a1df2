package org.quanze.graph;

import org.quanze.ingest.ChineseNumerals;

/** The labels given to minted legal resources, the same whichever source mints them first. */
final class Labels {

    private static final String CITED = "cited-";

    private Labels() {
    }

    /** 保守国家秘密法（2010-04-29）; a version known only as cited: 统计法（2025年清单所引版本）. */
    static String version(String title, String slug) {
        if (slug.startsWith(CITED)) {
            return title + "（" + slug.substring(CITED.length()) + "年清单所引版本）";
        }
        return title + "（" + slug + "）";
    }

    static String article(int number) {
        return "第" + ChineseNumerals.format(number) + "条";
    }

    static String chapter(int number) {
        return "第" + ChineseNumerals.format(number) + "章";
    }
}
