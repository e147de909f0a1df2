package org.quanze.ingest.list;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a list's title says: the title itself, its number in a city's set of lists
 * ({@code 29.玉林市国家保密局权责清单}), the department that publishes it and the year
 * ({@code 2025年克拉玛依市统计局权责清单}, {@code 克拉玛依市档案局2024年权责清单}). A title may take
 * several rows ({@code 克拉玛依市消防救援支队权责清单} over {@code 克拉玛依市2025年消防监督执法权责清单}):
 * the department is named by the first that names a list, the year by whichever names one, else by
 * the file name. The mark of an annex above a title ({@code 附件}, {@code 附件2：}) is not part of it.
 */
record ListTitle(String text, Integer number, String department, Integer year) {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,9})\\s*[.．、]\\s*(.+?)\\s*$");
    private static final Pattern LIST_WORDS = Pattern.compile("(权责清单|权力清单和责任清单|权力和责任清单|责任清单|权力清单)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:度)?");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ANNEX = Pattern.compile("^附\\s*件\\s*[0-9一二三四五六七八九十]*\\s*[:：]?$");

    /** Reads the title rows; {@code body} (the first power's body) names the department of an untitled list. */
    static ListTitle read(String titleLine, String fileName, String body) {
        Integer year = year(titleLine, fileName);
        if (titleLine == null || titleLine.isBlank()) {
            return new ListTitle(body == null ? fileName : body + "权责清单", null, body, year);
        }
        List<String> all = titleLine.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> titled = all.stream().filter(l -> !ANNEX.matcher(l).matches()).toList();
        List<String> lines = titled.isEmpty() ? all : titled;
        String first = lines.get(0);
        Integer number = null;
        Matcher m = NUMBERED.matcher(first);
        if (m.matches()) {
            number = Integer.valueOf(m.group(1));
            first = m.group(2);
        }
        String text = lines.size() == 1 ? first : first + " " + String.join(" ", lines.subList(1, lines.size()));
        // The department is what comes before the words naming the list (…权责清单（行政处罚）).
        String named = lines.stream().filter(l -> LIST_WORDS.matcher(l).find()).findFirst().orElse(first);
        Matcher numbered = NUMBERED.matcher(named);
        String withoutYear = YEAR.matcher(numbered.matches() ? numbered.group(2) : named).replaceAll("");
        Matcher words = LIST_WORDS.matcher(withoutYear);
        String department = (words.find() ? withoutYear.substring(0, words.start()) : withoutYear).strip();
        return new ListTitle(text, number, department.isEmpty() ? body : department, year);
    }

    private static Integer year(String titleLine, String fileName) {
        Matcher m = YEAR.matcher(titleLine == null ? "" : titleLine);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        Matcher f = FILE_YEAR.matcher(fileName);
        return f.find() ? Integer.valueOf(f.group(1)) : null;
    }
}
