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

    private static final Pattern BRACKETED = Pattern.compile(
            "[（(]([^（）()，,。；;：:、\\s]{2,40}?(?:科|组|室|局|处|队|中心|委员会|委|办|所|站|部|厅|股|院|会|司|署|办公室|大队|支队|中队))[）)]");

    private OrgNames() {
    }

    /** A bracketed organisation name: its text and where the brackets stand. */
    record Bracketed(String name, int start, int end) {
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
