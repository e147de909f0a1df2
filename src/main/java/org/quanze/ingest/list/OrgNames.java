package org.quanze.ingest.list;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the organisation a list names in brackets after a duty or case, e.g.
 * {@code （保密技术检查科）} or {@code （驻市委办公室纪检监察组）}: a bracketed name without
 * sentence punctuation that ends the way unit and body names end.
 */
final class OrgNames {

    /** How the names of units and bodies end. */
    private static final String SUFFIX = "(?:科|组|室|局|处|队|中心|委员会|委|办|所|站|部|厅|股|院|会|司|署|办公室|大队|支队|中队)";
    private static final Pattern BRACKETED = Pattern.compile(
            "[（(]([^（）()，,。；;：:、\\s]{2,40}?" + SUFFIX + ")[）)]");
    private static final Pattern NAME = Pattern.compile("[^，,。；;：:、\\s]{2,40}?" + SUFFIX + "[）)]?");

    private OrgNames() {
    }

    /** A bracketed organisation name: its text and where the brackets stand. */
    record Bracketed(String name, int start, int end) {
    }

    /**
     * The organisations a 实施主体 or 承办机构 cell names. A cell whose every line is a name
     * (克拉玛依市消防救援支队⏎各区消防救援大队) names several, joined by 、; otherwise its line breaks
     * only wrap a name in a narrow column (政策法⏎规科) and go, with all other white space.
     */
    static String cellNames(String text) {
        List<String> lines = text.lines().map(Texts::squeeze).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > 1 && lines.stream().allMatch(l -> NAME.matcher(l).matches())) {
            return String.join("、", lines);
        }
        String name = Texts.squeeze(text);
        return name.isEmpty() ? null : name;
    }

    static List<Bracketed> find(String text) {
        List<Bracketed> found = new ArrayList<>();
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            found.add(new Bracketed(m.group(1), m.start(), m.end()));
        }
        return found;
    }

}
