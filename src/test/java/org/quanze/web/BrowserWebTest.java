package org.quanze.web;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;

/** The base of the browser tests on the bundled data: the shared server, and one Chromium per test class. */
abstract class BrowserWebTest extends WebTest {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    ChromeDriver open(String path) {
        ChromeDriver d = browser.driver();
        d.get(url(path));
        return d;
    }
}
