package org.quanze.impact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The templates of the impact pages hold no literal text (every word comes from the messages, in
 * both languages; text nodes of punctuation alone are fine), show data only through th:text
 * (never th:utext), and name only message keys that both languages have.
 */
class ImpactTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{P}\\p{S}\\s]*");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label");
    private static final Pattern KEY = Pattern.compile("#\\{([\\w.\\-]+)");
    /** Keys built in templates from a prefix and a value: every value the code can give. */
    private static final List<String> DYNAMIC = List.of(
            "impact.change.unchanged", "impact.change.renumbered", "impact.change.amended", "impact.change.split",
            "impact.change.merged", "impact.change.repealed", "impact.entry.duty-basis", "impact.entry.case-basis",
            "impact.whole.power-basis", "impact.whole.duty-basis", "impact.whole.case-basis", "health.level.official-text", "health.level.promulgating-order",
            "health.level.other-citations", "pit.quote.match", "pit.quote.minor", "pit.quote.misquote");

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(p -> p.getFileName().toString().matches("(impact|health|point-in-time).*\\.html"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void shouldHoldNoLiteralText(Path template) throws IOException {
        Element doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
        List<String> literal = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (TextNode t : e.textNodes()) {
                if (!PUNCTUATION_ONLY.matcher(t.getWholeText()).matches()) {
                    literal.add("<" + e.tagName() + "> " + t.getWholeText().strip());
                }
            }
            e.attributes().forEach(a -> {
                if (TEXT_ATTRIBUTES.contains(a.getKey()) && !PUNCTUATION_ONLY.matcher(a.getValue()).matches()) {
                    literal.add("<" + e.tagName() + " " + a.getKey() + "=\"" + a.getValue() + "\">");
                }
                if (a.getKey().equals("th:utext")) {
                    literal.add("th:utext on <" + e.tagName() + ">");
                }
            });
        }
        assertThat(literal).as("literal text in %s", template.getFileName()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void shouldNameOnlyKeysBothLanguagesHave(Path template) throws IOException {
        Properties zh = messages("messages/messages.properties");
        Properties en = messages("messages/messages_en.properties");
        Matcher m = KEY.matcher(Files.readString(template));
        List<String> keys = new ArrayList<>(DYNAMIC);
        while (m.find()) {
            keys.add(m.group(1));
        }
        for (String key : keys) {
            assertThat(zh.getProperty(key)).as("%s in messages.properties (%s)", key, template.getFileName()).isNotBlank();
            assertThat(en.getProperty(key)).as("%s in messages_en.properties (%s)", key, template.getFileName()).isNotBlank();
        }
        for (String code : List.of("level-mismatch", "chapter-mismatch", "minor-misquote", "misquote", "no-such-article",
                "unverifiable", "dangling-reference")) {
            for (String prefix : List.of("health.kind.", "health.meaning.", "health.badge.")) {
                assertThat(zh.getProperty(prefix + code)).isNotBlank();
                assertThat(en.getProperty(prefix + code)).isNotBlank();
            }
        }
    }

    private static Properties messages(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ImpactTemplatesTest.class.getClassLoader().getResourceAsStream(path)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
