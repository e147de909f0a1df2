package org.quanze.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.quanze.store.Tdb2Store;

/**
 * Readers keep getting complete, consistent answers while a list is replaced again and again:
 * a reader sees the old edition or the new one, never half of one; loads run one at a time.
 */
class ConcurrentReadersTest {

    private static final String CHECK = """
            SELECT (COUNT(DISTINCT ?p) AS ?powers) (COUNT(DISTINCT ?d) AS ?duties) (COUNT(DISTINCT ?isA) AS ?a) (COUNT(DISTINCT ?isB) AS ?b)
            WHERE {
              <https://w3id.org/quanze/id/list/copy> qz:hasPower ?p .
              OPTIONAL { ?p qz:hasDuty ?d }
              ?p qz:name ?name .
              BIND(IF(?name = "A：对保密工作的监督检查"@zh, ?p, ?unbound) AS ?isA)
              BIND(IF(?name = "B：对保密工作的监督检查"@zh, ?p, ?unbound) AS ?isB)
            }""";

    @TempDir
    Path dir;

    @Test
    void shouldShowReadersEitherTheOldOrTheNewEditionWhileItIsReplaced() throws Exception {
        String list = Files.readString(Path.of(Fixtures.YULIN), StandardCharsets.UTF_8);
        Path a = dir.resolve("a/copy.txt");
        Path b = dir.resolve("b/copy.txt");
        Files.createDirectories(a.getParent());
        Files.createDirectories(b.getParent());
        Files.writeString(a, list.replace("对保密工作的监督检查", "A：对保密工作的监督检查"));
        Files.writeString(b, list.replace("对保密工作的监督检查", "B：对保密工作的监督检查"));
        try (Tdb2Store store = Fixtures.loadedStore()) {
            Loader loader = Fixtures.loader(store);
            assertThat(loader.load(Source.fromPaths(List.of(a)), LoadListener.NONE).written()).isTrue();
            AtomicBoolean loading = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            AtomicInteger reads = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(5);
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                readers.add(pool.submit(() -> {
                    while (loading.get()) {
                        Map<String, String> row = Fixtures.select(store, CHECK).get(0);
                        reads.incrementAndGet();
                        int sum = Integer.parseInt(row.get("a")) + Integer.parseInt(row.get("b"));
                        if (!"6".equals(row.get("powers")) || !"30".equals(row.get("duties")) || sum != 1) {
                            wrong.add(row.toString());
                        }
                    }
                    return null;
                }));
            }
            int loads = 0;
            for (int i = 0; i < 8; i++) {
                LoadReport report = loader.load(Source.fromPaths(List.of(i % 2 == 0 ? b : a)), LoadListener.NONE);
                assertThat(report.written()).isTrue();
                loads++;
            }
            loading.set(false);
            for (Future<?> f : readers) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(loads).isEqualTo(8);
            assertThat(reads.get()).as("readers ran during the loads").isGreaterThan(20);
            assertThat(wrong).as("answers that were neither the old nor the new edition").isEmpty();
        }
    }

    @Test
    void shouldRunTwoLoadsStartedTogetherOneAfterTheOther() throws Exception {
        String list = Files.readString(Path.of(Fixtures.YULIN), StandardCharsets.UTF_8);
        Path one = dir.resolve("one.txt");
        Path two = dir.resolve("two.txt");
        Files.writeString(one, list);
        Files.writeString(two, list.replace("保密技术检查科", "保密技术检查处"));
        try (Tdb2Store store = Fixtures.loadedStore()) {
            Loader loader = Fixtures.loader(store);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<LoadReport> first = pool.submit(() -> loader.load(Source.fromPaths(List.of(one)), LoadListener.NONE));
            Future<LoadReport> second = pool.submit(() -> loader.load(Source.fromPaths(List.of(two)), LoadListener.NONE));
            assertThat(first.get(120, TimeUnit.SECONDS).written()).isTrue();
            assertThat(second.get(120, TimeUnit.SECONDS).written()).isTrue();
            pool.shutdown();
            assertThat(Fixtures.value(store, "SELECT (COUNT(?l) AS ?n) WHERE { ?l a qz:PowerList }")).isEqualTo("3");
            assertThat(store.validate()).isEmpty();
        }
    }
}
