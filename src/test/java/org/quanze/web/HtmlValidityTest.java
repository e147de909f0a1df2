package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages are valid HTML, as the W3C's Nu HTML Checker (vnu.jar, from npm) judges them. CI
 * installs the checker; elsewhere the test is skipped with a message saying how to install it,
 * unless -Dhtml.validator.required=true.
 */
class HtmlValidityTest extends WebTest {

    private static final Path VNU = Path.of(System.getProperty("vnu.jar", ".tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar"));
    private static final List<String> PAGES = List.of("/", "/powers", "/powers?sort=name&dir=desc", "/laws", "/lists",
            "/id/list/yulin-secrecy-bureau", "/id/list/yulin-secrecy-bureau/power/1", "/id/list/yulin-secrecy-bureau/power/6",
            "/id/law/%E4%BF%9D%E5%AE%88%E5%9B%BD%E5%AE%B6%E7%A7%98%E5%AF%86%E6%B3%95/2010-04-29/article/45",
            "/id/law/%E4%BF%9D%E5%AE%88%E5%9B%BD%E5%AE%B6%E7%A7%98%E5%AF%86%E6%B3%95/2010-04-29",
            "/id/law/%E4%BF%9D%E5%AE%88%E5%9B%BD%E5%AE%B6%E7%A7%98%E5%AF%86%E6%B3%95",
            "/id/law/%E4%BF%9D%E5%AF%86%E6%A3%80%E6%9F%A5%E5%B7%A5%E4%BD%9C%E8%A7%84%E5%AE%9A/2013/article/31",
            "/id/org/%E7%8E%89%E6%9E%97%E5%B8%82%E5%9B%BD%E5%AE%B6%E4%BF%9D%E5%AF%86%E5%B1%80",
            "/id/source/yulin-secrecy-bureau.txt", "/search?q=%E6%94%B6%E7%BC%B4", "/search",
            "/search?q=%E7%BD%9A%E6%AC%BE&list=https://w3id.org/quanze/id/list/fire-supervision-2025",
            "/search?q=%E4%BF%9D%E5%AE%88%E5%9B%BD%E5%AE%B6%E7%A7%98%E5%AF%86%E6%B3%95%E7%AC%AC45%E6%9D%A1",
            "/search?q=%E6%B6%88%E9%98%B2%E6%B3%95%E7%AC%AC%E4%B9%9D%E7%99%BE%E6%9D%A1", "/query",
            "/query?name=article-citers", "/vocabulary", "/graph?iri=https://w3id.org/quanze/id/list/yulin-secrecy-bureau/power/1",
            "/impact", "/impact?document=%E4%BF%9D%E5%AE%88%E5%9B%BD%E5%AE%B6%E7%A7%98%E5%AF%86%E6%B3%95&from=2010&to=2024",
            "/health", "/health?kind=misquote", "/lists/point-in-time?date=2025-01-01", "/id/nowhere",
            "/revise?list=yulin-secrecy-bureau&document=%E4%BF%9D%E5%AE%88%E5%9B%BD%E5%AE%B6%E7%A7%98%E5%AF%86%E6%B3%95:2010:2024",
            "/lists?date=2024-01-01",
            // The changes ahead, as of a day before the secrecy texts of 2024 entered into force.
            "/?asOf=2024-01-01", "/id/list/yulin-secrecy-bureau?asOf=2024-01-01",
            "/id/list/yulin-secrecy-bureau/power/1?asOf=2024-01-01");


    @TempDir
    Path pages;

    @Test
    void shouldServeValidHtmlOnEveryMainPageInBothLanguages() throws Exception {
        if (!Files.isRegularFile(VNU)) {
            String message = "HTML VALIDITY TEST NEEDS THE NU HTML CHECKER: npm install --prefix .tools/vnu vnu-jar@26.9.27 "
                    + "(or -Dvnu.jar=PATH); " + VNU + " is missing";
            if (Boolean.getBoolean("html.validator.required")) {
                Assertions.fail(message);
            }
            System.err.println("*** SKIPPED: " + message);
            Assumptions.abort(message);
        }
        HttpClient http = HttpClient.newHttpClient();
        List<String> files = new ArrayList<>();
        int n = 0;
        for (String lang : List.of("zh", "en")) {
            for (String page : PAGES) {
                String url = "http://localhost:" + port + page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                        HttpResponse.BodyHandlers.ofString());
                Path file = pages.resolve("page-" + (n++) + ".html");
                Files.writeString(file, r.body(), StandardCharsets.UTF_8);
                files.add(file.toString());
            }
        }
        List<String> command = new ArrayList<>(List.of("java", "-jar", VNU.toString(), "--errors-only", "--format", "gnu"));
        command.addAll(files);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> errors = output.lines().filter(l -> l.contains("error")).map(l -> withPage(l, files)).toList();
        assertThat(errors).as("errors of the Nu HTML Checker").isEmpty();
    }

    /** The error line with the page it is about instead of the temporary file name. */
    private static String withPage(String line, List<String> files) {
        for (int i = 0; i < files.size(); i++) {
            if (line.contains(Path.of(files.get(i)).getFileName().toString() + "\"")) {
                return PAGES.get(i % PAGES.size()) + (i < PAGES.size() ? " (zh)" : " (en)") + ": " + line;
            }
        }
        return line;
    }
}
