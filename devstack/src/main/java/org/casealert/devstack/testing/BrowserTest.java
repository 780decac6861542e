package org.casealert.devstack.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/** A test of the web pages: each test method gets a fresh headless Chromium, closed after it. */
public abstract class BrowserTest {

    private HeadlessChromium chromium;

    /** The browser of the running test. */
    protected WebDriver browser;

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
