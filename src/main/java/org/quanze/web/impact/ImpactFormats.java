package org.quanze.web.impact;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.quanze.ingest.ChineseNumerals;
import org.springframework.context.i18n.LocaleContextHolder;

/** Paragraph numbers as the page's language writes them: 第二款、第三款 in Chinese, para. 2, 3 in English. */
public final class ImpactFormats {

    public String paragraphs(List<Integer> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            return "";
        }
        if (Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())) {
            return "para. " + numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return numbers.stream().map(n -> "第" + ChineseNumerals.format(n) + "款").collect(Collectors.joining("、"));
    }
}
