package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every word a user reads comes from the message bundles, in Chinese and in English: a template
 * with literal text fails, a key missing from one language fails, a key a template uses that no
 * bundle has fails.
 */
class I18nTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    /** Attributes a person reads (or a screen reader says), which must come from the bundles too. */
    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label", "value");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern KEY = Pattern.compile("#\\{'?([A-Za-z0-9_.-]+)'?(?:\\s*\\+|[}(])");

    private static List<Path> templates() throws IOException {
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(MESSAGES.resolve(name))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void shouldHoldNoLiteralTextInAnyTemplate() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element e : doc.getAllElements()) {
                boolean replaced = e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace");
                for (TextNode t : e.textNodes()) {
                    if (!replaced && LETTERS.matcher(t.text()).find()) {
                        literal.add(TEMPLATES.relativize(template) + ": <" + e.tagName() + "> \"" + t.text().strip() + "\"");
                    }
                }
                for (String attribute : READ_ATTRIBUTES) {
                    if (e.hasAttr(attribute) && LETTERS.matcher(e.attr(attribute)).find() && !e.tagName().equals("input")) {
                        literal.add(TEMPLATES.relativize(template) + ": <" + e.tagName() + " " + attribute + "=\"" + e.attr(attribute) + "\">");
                    }
                }
            }
        }
        assertThat(literal).as("text in templates that does not come from the message bundles").isEmpty();
    }

    @Test
    void shouldHaveTheSameKeysInChineseAndEnglish() throws IOException {
        Set<String> zh = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        assertThat(zh).hasSizeGreaterThan(200);
        assertThat(new TreeSet<>(zh)).as("keys only in Chinese").isEqualTo(new TreeSet<>(en));
    }

    @Test
    void shouldFindEveryKeyATemplateUsesInBothLanguages() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = KEY.matcher(Files.readString(template));
            while (m.find()) {
                String key = m.group(1);
                boolean prefix = key.endsWith(".");
                boolean inZh = prefix ? zh.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key)) : zh.containsKey(key);
                boolean inEn = prefix ? en.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key)) : en.containsKey(key);
                if (!inZh || !inEn) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key + (inZh ? "" : " (zh)") + (inEn ? "" : " (en)"));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldFormatEveryMessageWithItsArguments() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = bundle(file);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (!pattern.contains("{0}")) {
                    continue;
                }
                if (pattern.contains("{0,choice,")) {
                    // A count said in the singular or the plural: formatted with numbers.
                    assertThat(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {7, 8, 9})).as("%s %s", file, key)
                            .doesNotContain("{0").contains("7");
                    continue;
                }
                String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"A", "B", "C"});
                assertThat(formatted).as("%s %s", file, key).doesNotContain("{0}").contains("A");
            }
        }
    }

    /** The English pages count powers in the singular or the plural (the lists page said "1 powers"). */
    @Test
    void shouldSayOnePowerAndManyPowersInEnglish() throws IOException {
        Properties en = bundle("messages_en.properties");
        for (String key : new String[] {"home.lists.powers", "powers.count"}) {
            MessageFormat format = new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            assertThat(format.format(new Object[] {1L})).as(key).isEqualTo("1 power");
            assertThat(format.format(new Object[] {6L})).as(key).isEqualTo("6 powers");
            assertThat(format.format(new Object[] {1316L})).as(key).isEqualTo("1,316 powers");
            assertThat(format.format(new Object[] {0L})).as(key).isEqualTo("0 powers");
        }
    }
}
