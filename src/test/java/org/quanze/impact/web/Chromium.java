package org.quanze.impact.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests of the impact pages (the system's Chromium and
 * chromedriver, a fresh profile each time). When either is missing the test is skipped with a loud
 * message, unless the system property {@code browser.required} is true: then it fails.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser, or the test skipped (or failed, when a browser is required) when there is none. */
    static Chromium start() throws IOException {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            String why = "no Chromium at " + BINARY + " or no chromedriver at " + DRIVER;
            if (Boolean.getBoolean("browser.required")) {
                fail(why + " and browser.required=true");
            }
            System.err.println("!!! BROWSER TEST SKIPPED: " + why + " (set browser.required=true to fail instead) !!!");
            Assumptions.abort(why);
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Path profile = Files.createTempDirectory("quanze-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * One browser for a test class: {@code @RegisterExtension static final Chromium.PerClass CHROMIUM = new
     * Chromium.PerClass();} starts it before the class's tests (or skips them, as {@link #start}) and closes it after.
     */
    static final class PerClass implements BeforeAllCallback, AfterAllCallback {
        private Chromium chromium;

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            chromium = start();
        }

        @Override
        public void afterAll(ExtensionContext context) throws IOException {
            if (chromium != null) {
                chromium.close();
            }
        }

        ChromeDriver driver() {
            return chromium.driver();
        }
    }
}
