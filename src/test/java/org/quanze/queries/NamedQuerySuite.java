package org.quanze.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quanze.store.GraphStore;

/**
 * Every file in {@code queries/} is parsed, its header checked, run with the parameters of its
 * example against the bundled data, and its result compared with the expected result in
 * {@code src/test/resources/testing/queries/NAME.csv}. A query without an expected result fails:
 * none is skipped. Subclasses give the store (embedded, or a remote Fuseki).
 */
abstract class NamedQuerySuite {

    private static final Path EXPECTED = Path.of("src/test/resources/testing/queries");
    private static final Pattern PARAM = Pattern.compile("--param\\s+(\\w+)=(\\S+)");

    abstract GraphStore store();

    /**
     * The queries this store is known to answer otherwise than expected, each with the reason; for
     * them the test asserts that the answer still differs (or fails to come), so that one made to agree
     * is taken off the list. Empty for the embedded store and Fuseki.
     */
    Map<String, String> knownToDiffer() {
        return Map.of();
    }

    @TestFactory
    Stream<DynamicTest> everyNamedQueryGivesItsExpectedResult() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            files = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private void check(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".rq", "");
        NamedQuery query = NamedQueries.parse(name, Files.readString(file));
        assertThat(query.titleZh()).as("Chinese title").matches(".*\\p{IsHan}.*");
        assertThat(query.titleEn()).as("English title").matches(".*[A-Za-z].*");
        assertThat(query.description()).isNotBlank();
        assertThat(query.query().hasLimit()).as("a LIMIT bounds the result of queries/%s.rq", name).isTrue();
        List<String> variables = query.query().getQueryPattern() == null ? List.of()
                : org.apache.jena.sparql.syntax.PatternVars.vars(query.query().getQueryPattern()).stream()
                .map(Var::getVarName).toList();
        for (Parameter p : query.parameters()) {
            assertThat(variables).as("parameter %s is a variable of the query", p.name()).contains(p.name());
        }
        if (!query.parameters().isEmpty()) {
            assertThat(query.example()).as("a query with parameters shows an example").contains("--param");
        }
        Query bound = query.bind(exampleParameters(query));
        Path expected = EXPECTED.resolve(name + ".csv");
        if (knownToDiffer().containsKey(name)) {
            String answer;
            try {
                answer = csv(bound, Duration.ofSeconds(15));
            } catch (RuntimeException failed) {
                return;
            }
            assertThat(answer).as("queries/%s.rq is listed as differing on this store (%s) but now answers as expected: "
                    + "take it off the list", name, knownToDiffer().get(name)).isNotEqualTo(Files.readString(expected));
            return;
        }
        String actual = csv(bound, Duration.ofSeconds(60));
        if (!Files.exists(expected)) {
            Path written = Path.of("target/query-results", name + ".csv");
            Files.createDirectories(written.getParent());
            Files.writeString(written, actual);
            fail("no expected result for queries/" + name + ".rq: check " + written + " by hand and copy it to " + expected);
        }
        assertThat(actual).as("result of queries/%s.rq", name).isEqualTo(Files.readString(expected));
    }

    /** The result as CSV, given up after {@code timeout} (so that a store that cannot answer fails instead of hanging). */
    private String csv(Query query, Duration timeout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            ResultSetFormatter.outputAsCSV(out, store().select(query, timeout));
        } else {
            ResultSetFormatter.outputAsCSV(out, store().ask(query));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static Map<String, String> exampleParameters(NamedQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query.example() != null) {
            Matcher m = PARAM.matcher(query.example());
            while (m.find()) {
                params.put(m.group(1), m.group(2));
            }
        }
        return params;
    }
}
