package org.quanze.impact.web;

import java.nio.file.Path;
import org.quanze.web.WebTestStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of the tests of the impact pages: one server for them all, on a store of its own,
 * loaded with the bundled data on start. The loader of the server does not write the impact graphs
 * yet, so the server is asked to write them once up ({@code quanze.impact.refresh-on-start}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "quanze.impact.refresh-on-start=true")
abstract class ImpactWebTest {

    private static final Path FOLDER = WebTestStore.folder("quanze-impact-web-store");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        WebTestStore.register(registry, FOLDER);
    }
}
