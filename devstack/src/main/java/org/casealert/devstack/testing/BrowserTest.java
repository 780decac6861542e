package org.casealert.devstack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, for people to look at. */
    protected Path screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            // the whole page, not only the window: the window grows to the page's height for the picture
            Dimension window = browser.manage().window().getSize();
            long height = (Long) ((JavascriptExecutor) browser)
                    .executeScript("return Math.max(document.documentElement.scrollHeight, window.innerHeight)");
            long chrome = window.getHeight() - (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight");
            browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(6000, height + chrome)));
            try {
                Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            } finally {
                browser.manage().window().setSize(window);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the screenshot " + name, e);
        }
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
