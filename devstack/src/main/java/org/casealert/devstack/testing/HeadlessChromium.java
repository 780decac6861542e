package org.casealert.devstack.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, for the browser tests of the web pages. It is driven by Debian's
 * chromedriver, so Selenium Manager never runs (it would download into ~/.cache), and everything the
 * browser writes stays in a directory under {@code target/} that {@link #close()} deletes.
 * Modules that use it add {@code selenium-chrome-driver} as a test dependency.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";

    private final Path home;
    private final ChromeDriverService service;
    private final WebDriver driver;

    private HeadlessChromium(Path home, ChromeDriverService service, WebDriver driver) {
        this.home = home;
        this.service = service;
        this.driver = driver;
    }

    public static HeadlessChromium start() {
        try {
            Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                    .withEnvironment(Map.of("TMPDIR", home.toString(), "XDG_CONFIG_HOME",
                            home.resolve("config").toString(), "XDG_CACHE_HOME", home.resolve("cache").toString()))
                    .build();
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--user-data-dir=" + home.resolve("profile"), "--disk-cache-dir=" + home.resolve("cache"),
                    "--crash-dumps-dir=" + home.resolve("crashes"));
            return new HeadlessChromium(home, service, new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException("no directory for the browser under target/", e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
