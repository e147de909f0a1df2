package org.quanze.graph;

import org.quanze.ingest.ChineseNumerals;

/** The labels given to minted legal resources, the same whichever source mints them first. */
final class Labels {

    private Labels() {
    }

    static String version(String title, String slug) {
        return title + "（" + slug + "）";
    }

    static String article(int number) {
        return "第" + ChineseNumerals.format(number) + "条";
    }

    static String chapter(int number) {
        return "第" + ChineseNumerals.format(number) + "章";
    }
}
