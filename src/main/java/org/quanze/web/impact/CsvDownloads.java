package org.quanze.web.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quanze.reading.Tables;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Reports as CSV files a spreadsheet opens right: a byte order mark first (without it Excel on a
 * Chinese Windows reads UTF-8 as GBK and shows mojibake), headers and coded values (role, change,
 * finding kind, yes/no) in the reader's language, the rest as the report holds it.
 */
@Component
class CsvDownloads {

    static final String BOM = "\uFEFF";

    /** The columns whose values are codes, and the messages that say them in words (as the pages do). */
    private static final Map<String, String> CODED = Map.of("role", "role.short.", "change", "impact.change.",
            "kind", "health.kind.", "curated", "csv.yesno.", "cites", "csv.cites.");

    private final MessageSource messages;

    CsvDownloads(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<String> csv(String name, List<String> columns, List<Map<String, Object>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = columns.stream().map(c -> messages.getMessage("csv.col." + c, null, c, locale)).toList();
        List<Map<String, Object>> localized = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> out = Tables.row();
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                Object value = row.get(column);
                out.put(headers.get(i), CODED.containsKey(column) && value != null
                        ? messages.getMessage(CODED.get(column) + value, null, value.toString(), locale) : value);
            }
            localized.add(out);
        }
        return Downloads.csv(name, BOM + Tables.csv(headers, localized));
    }

    /** The last segment of a list's IRI, for a file name that says which list it holds. */
    static String listSlug(String listIri) {
        return listIri == null ? "" : "-" + listIri.substring(listIri.lastIndexOf('/') + 1);
    }
}
