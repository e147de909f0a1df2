package org.quanze.server;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.quanze.StandaloneFuseki;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The server in remote mode on a standalone Fuseki, named by its dataset URL. */
class FusekiModeServerTest extends RemoteModeServerSuite {

    private static StandaloneFuseki fuseki;

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) throws Exception {
        fuseki = StandaloneFuseki.start(Files.createTempDirectory("fuseki"));
        registry.add("quanze.store.mode", () -> "remote");
        registry.add("quanze.store.remote.url", fuseki::datasetUrl);
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    @Override
    String storeQueryEndpoint() {
        return fuseki.datasetUrl() + "/sparql";
    }

    @Override
    String searchMatching() {
        return "远程存储没有全文索引";
    }
}
