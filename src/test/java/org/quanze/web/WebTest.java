package org.quanze.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of the web tests that run on the bundled data: they share one server (one Spring
 * context, one store folder), started once and loaded once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WebTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        WebTestStore.register(registry);
    }
}
