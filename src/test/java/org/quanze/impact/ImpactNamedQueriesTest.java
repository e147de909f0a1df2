package org.quanze.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quanze.queries.NamedQueries;
import org.quanze.queries.NamedQuery;

/**
 * The named queries that read the impact graphs, run with their examples against a store that
 * holds those graphs (as every load will write them), compared with
 * {@code testing/impact/queries/NAME.csv}. The named-query suite runs them too, against a store
 * loaded by the test fixtures' loader: until that loader has the impact graphs as a contributor,
 * its expected results ({@code testing/queries/NAME.csv}) are those of a store without them; once
 * it has, these files become the suite's (and this test can go).
 */
class ImpactNamedQueriesTest {

    private static final Path EXPECTED = Path.of("src/test/resources/testing/impact/queries");
    private static final Pattern PARAM = Pattern.compile("--param\\s+(\\w+)=(\\S+)");

    @ParameterizedTest
    @ValueSource(strings = {"citation-health", "article-successors"})
    void shouldAnswerItsExampleFromTheImpactGraphs(String name) throws IOException {
        NamedQuery query = NamedQueries.load().find(name).orElseThrow();
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(query.example());
        while (m.find()) {
            params.put(m.group(1), m.group(2));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsCSV(out, ImpactFixtures.store().select(query.bind(params)));
        String actual = out.toString(StandardCharsets.UTF_8);
        Path expected = EXPECTED.resolve(name + ".csv");
        if (!Files.exists(expected)) {
            Path written = Path.of("target/query-results/impact", name + ".csv");
            Files.createDirectories(written.getParent());
            Files.writeString(written, actual);
            fail("no expected result for queries/" + name + ".rq: check " + written + " by hand and copy it to " + expected);
        }
        assertThat(actual).isEqualTo(Files.readString(expected));
    }
}
