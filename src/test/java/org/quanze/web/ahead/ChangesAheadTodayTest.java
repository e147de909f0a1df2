package org.quanze.web.ahead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quanze.ServerOnFreshStore;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Today is the server's clock's: with the clock set to the last day of 2023 (China time), the secrecy
 * texts of 2024 are still ahead, and the pages flag the seed list without a date being picked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "quanze.load-bundled-data=false")
class ChangesAheadTodayTest extends ServerOnFreshStore {

    @TestBean
    Clock clock;

    /** 2023-12-31 in China (11:00 there), months before the 2024 texts entered into force. */
    static Clock clock() {
        return Clock.fixed(Instant.parse("2023-12-31T03:00:00Z"), ZoneOffset.UTC);
    }

    @Autowired
    Loader loader;

    @Test
    void shouldSeeTheChangesAheadOfTheClocksToday() throws Exception {
        LoadReport report = loader.load(Source.fromPaths(List.of(Path.of("data/lists/yulin-secrecy-bureau.txt"))),
                LoadListener.NONE);
        assertThat(report.hasFailures()).as(report.toString()).isFalse();
        Document home = page("/?lang=zh");
        assertThat(home.select("#ahead form span.muted").text()).contains("以今天（2023-12-31）为准");
        assertThat(home.select("#ahead li.ahead-list").text()).contains("玉林市国家保密局权责清单");
        Document power = page("/id/list/yulin-secrecy-bureau/power/1?lang=zh");
        assertThat(power.select("div.citation p.ahead")).isNotEmpty();
        assertThat(power.select("#ahead-as-of").attr("value")).isEqualTo("2023-12-31");
    }
}
