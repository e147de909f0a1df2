package org.quanze.server;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.quanze.StandaloneVirtuoso;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server in remote mode on a Virtuoso (started by the test with the README's profile), its endpoints named one by
 * one as the README's Virtuoso section names them, searching with Virtuoso's free-text index. Skipped where Virtuoso
 * is not installed, failed then under {@code -Dvirtuoso.required=true}.
 */
class VirtuosoModeServerTest extends RemoteModeServerSuite {

    private static StandaloneVirtuoso virtuoso;

    /** Before the server's context is made: a missing Virtuoso skips the class instead of failing its start. */
    @BeforeAll
    static void requireVirtuoso() {
        StandaloneVirtuoso.requireInstalled();
    }

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) throws Exception {
        virtuoso = StandaloneVirtuoso.start(Files.createTempDirectory("quanze-virtuoso"));
        registry.add("quanze.store.mode", () -> "remote");
        registry.add("quanze.store.remote.query-endpoint", () -> virtuoso.endpoints().query().toString());
        registry.add("quanze.store.remote.gsp-endpoint", () -> virtuoso.endpoints().graphStore().toString());
        registry.add("quanze.store.remote.text-index", () -> "virtuoso");
    }

    @AfterAll
    static void stop() {
        virtuoso.close();
    }

    /** Found by Virtuoso's free-text index (the profile's rule; the server calls the indexer after its load). */
    @Override
    String searchMatching() {
        return "远程存储的全文索引查找";
    }

    @Override
    String storeQueryEndpoint() {
        return virtuoso.endpoints().query().toString();
    }
}
