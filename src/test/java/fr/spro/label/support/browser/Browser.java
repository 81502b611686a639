package fr.spro.label.support.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, on a fresh profile. Both paths are
 * given explicitly, so Selenium never tries to download a browser or a driver (it cannot here).
 * {@code CHROME_BIN} and {@code CHROMEDRIVER} override the defaults.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = env("CHROME_BIN", "/usr/bin/chromium");
    static final String CHROMEDRIVER = env("CHROMEDRIVER", "/usr/bin/chromedriver");

    /** How long a page may take to replace the current one after a click (the job page launches a job). */
    static final Duration NAVIGATION = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    /** A browser for the application listening on {@code port} of this machine. */
    public static Browser open(int port) {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1280,1024", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile, "http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a path of the application, e.g. {@code /registre?lang=en}. */
    public Browser visit(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The path and query of the current page (the whole URL when it is not the application's). */
    /** Waits, up to 30 s, until the browser shows this path (after a form that redirects). */
    public Browser awaitPath(String path) {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).withMessage(() -> "still on " + currentPath() + ": " + text(By.tagName("main")))
                .until(driver -> currentPath().equals(path));
        return this;
    }

    public String currentPath() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    /** Types into the field labelled {@code label} (found through its label, as a person would). */
    public Browser type(String label, String text) {
        WebElement field = fieldLabelled(label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses an option, by its visible text, in the list labelled {@code label}. */
    public Browser choose(String label, String option) {
        new Select(fieldLabelled(label)).selectByVisibleText(option);
        return this;
    }

    /** Clicks the button with that text, and waits for the page its form leads to. */
    public Browser press(String buttonText) {
        return clickAndAwaitNextPage(driver.findElement(By.xpath("//button[normalize-space()=" + quote(buttonText) + "]")));
    }

    /** Follows the link with that text, and waits for the page it leads to. */
    public Browser follow(String linkText) {
        return clickAndAwaitNextPage(driver.findElement(By.linkText(linkText)));
    }

    /**
     * Clicks, then waits until the current page is replaced: a click returns before the browser has
     * navigated, and reading the page at once would read the old one on a busy machine.
     */
    public Browser clickAndAwaitNextPage(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, NAVIGATION).until(ignored -> isGone(page));
        return this;
    }

    /**
     * Whether the page this root element belongs to was replaced. While the browser swaps pages,
     * Chromium may answer "node does not belong to the document" instead of a stale reference:
     * either way the old page is gone.
     */
    private static boolean isGone(WebElement root) {
        try {
            root.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private WebElement fieldLabelled(String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space()=" + quote(label) + "]"));
        return driver.findElement(By.id(labelElement.getDomAttribute("for")));
    }

    private static String quote(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
