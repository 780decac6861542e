package org.casealert.devstack.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, for the browser tests of the web pages. It is driven by Debian's
 * chromedriver, so Selenium Manager never runs (it would download into ~/.cache), and everything the
 * browser writes stays in a directory under {@code target/} that {@link #close()} deletes; only its
 * singleton socket goes to a directory of its own in /tmp when the checkout's path is too long for a
 * Unix socket (108 bytes), and that directory is deleted too.
 * Modules that use it add {@code selenium-chrome-driver} as a test dependency.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";

    /** Room under the browser's temporary directory for "org.chromium.Chromium.XXXXXX/SingletonSocket". */
    private static final int SOCKET_PATH_ROOM = 107 - 45;

    private final List<Path> directories;
    private final ChromeDriverService service;
    private final WebDriver driver;

    private HeadlessChromium(List<Path> directories, ChromeDriverService service, WebDriver driver) {
        this.directories = directories;
        this.service = service;
        this.driver = driver;
    }

    public static HeadlessChromium start() {
        try {
            Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
            Path tmp = home.resolve("tmp");
            if (tmp.toString().length() > SOCKET_PATH_ROOM) {
                tmp = Files.createTempDirectory(Path.of("/tmp"), "chromium-");
            } else {
                Files.createDirectories(tmp);
            }
            List<Path> directories = List.of(home, tmp);
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().withVerbose(true)
                    .withLogFile(home.resolve("chromedriver.log").toFile())
                    .withEnvironment(Map.of("TMPDIR", tmp.toString(), "XDG_CONFIG_HOME",
                            home.resolve("config").toString(), "XDG_CACHE_HOME", home.resolve("cache").toString()))
                    .build();
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--user-data-dir=" + home.resolve("profile"), "--disk-cache-dir=" + home.resolve("cache"),
                    "--crash-dumps-dir=" + home.resolve("crashes"));
            try {
                return new HeadlessChromium(directories, service, new ChromeDriver(service, options));
            } catch (SessionNotCreatedException e) {
                service.stop();
                List<String> log = Files.readAllLines(home.resolve("chromedriver.log"));
                delete(directories);
                throw new IllegalStateException("Chromium did not start; the driver's log ends with:\n"
                        + String.join("\n", log.subList(Math.max(0, log.size() - 60), log.size())), e);
            }
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
        delete(directories);
    }

    private static void delete(List<Path> directories) {
        for (Path directory : directories) {
            if (Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
