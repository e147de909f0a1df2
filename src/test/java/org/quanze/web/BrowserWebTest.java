package org.quanze.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The base of the browser tests on the bundled data: the shared server, and one Chromium per test class. */
abstract class BrowserWebTest extends WebTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    ChromeDriver open(String path) {
        ChromeDriver d = browser.driver();
        d.get(url(path));
        return d;
    }
}
