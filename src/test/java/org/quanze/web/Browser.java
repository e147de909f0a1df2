package org.quanze.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium for the browser tests (Debian's chromium and chromium-driver). Where
 * they are missing the tests are skipped with a message saying how to install them, unless the
 * build runs with -Dbrowser.required=true (CI does), which makes a missing browser a failure.
 * A test class holds one as {@code @RegisterExtension static final Browser browser = Browser.perClass()}:
 * started before its first test, closed after its last.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private ChromeDriver driver;
    private Path downloads;

    private Browser() {
    }

    /** A browser for one test class, started and closed by JUnit around the class's tests. */
    public static Browser perClass() {
        return new Browser();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Starts Chromium, or skips (fails, when required) the test class when it is not installed. */
    private void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String message = "BROWSER TESTS NEED CHROMIUM: install it with "
                    + "'apt-get install -y chromium chromium-driver fonts-noto-cjk' (" + CHROMIUM + ", " + DRIVER + " missing)";
            if (Boolean.getBoolean("browser.required")) {
                Assertions.fail(message);
            }
            System.err.println("*** SKIPPED: " + message);
            Assumptions.abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("quanze-chromium");
            Path downloads = Files.createTempDirectory("quanze-downloads");
            System.setProperty("webdriver.chrome.driver", DRIVER.toString());
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--disable-quic", "--hide-scrollbars", "--user-data-dir=" + profile,
                    "--window-size=1280,800", "--lang=zh-CN");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            driver = new ChromeDriver(options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            this.downloads = downloads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot of the whole page at the window's width into target/screenshots/NAME.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            long height = (Long) driver.executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            Dimension window = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 100, 6000)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(window);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the page is wider than the window (something would be cut off or need sideways scrolling). */
    public boolean overflowsSideways() {
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1");
        return Boolean.TRUE.equals(overflow);
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
