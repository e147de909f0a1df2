package org.quanze.health;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The level a document has by the kind of order that promulgated it, as its history note names
 * it. The kind of order is fixed by the Legislation Law (立法法) and the rules on making rules
 * (规章制定程序条例): laws are promulgated by order of the President (主席令), administrative
 * regulations by order of the State Council premier (国务院令), departmental rules by order of
 * the department (…部令, …局令), local government rules by order of the people's government
 * (…人民政府令), while local regulations (地方性法规) are published by announcement (公告) of a
 * people's congress standing committee. So a history note that names the order tells the level
 * even when the document's text is not held: the same inference the law-text reader makes from
 * an official text's history lines.
 */
final class PromulgatingOrder {

    private record Rule(Pattern order, String level) {
    }

    /** In this order: 人民政府令 before the department orders, whose 局令/委令 it does not contain anyway. */
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("主席令"), "法律"),
            new Rule(Pattern.compile("国务院令"), "行政法规"),
            new Rule(Pattern.compile("人民政府令"), "地方政府规章"),
            new Rule(Pattern.compile("(部|委员会|委|局|署|总局|银行|办公厅)令第"), "部门规章"));

    private PromulgatingOrder() {
    }

    /** The level (its Chinese label) the history note's order implies, if it names one. */
    static Optional<String> level(String historyNote) {
        if (historyNote == null) {
            return Optional.empty();
        }
        return RULES.stream().filter(r -> r.order().matcher(historyNote).find()).map(Rule::level).findFirst();
    }
}
