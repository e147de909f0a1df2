package org.quanze.web;

import java.util.Locale;
import org.quanze.ingest.ChineseNumerals;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How numbers of legal structure read in the page's language: 第四十五条 in Chinese, Art. 45 in English. */
@Component("fmt")
public class Formats {

    public String article(Integer number) {
        if (number == null) {
            return "";
        }
        return english() ? "Art. " + number : "第" + ChineseNumerals.format(number) + "条";
    }

    public String chapter(Integer number) {
        if (number == null) {
            return "";
        }
        return english() ? "Chapter " + number : "第" + ChineseNumerals.format(number) + "章";
    }

    private static boolean english() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
