package it;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Headless Chromium (the machine's: Debian's {@code chromium} and {@code chromedriver}) for the portal
 * pages, through Selenium. Screenshots go to {@code target/portal-screenshots}, kept with the test reports.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    final WebDriver driver;
    private final WebDriverWait wait;

    Browser() {
        String chromium = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String chromedriver = System.getProperty("chromedriver", "/usr/bin/chromedriver");
        assertTrue(new File(chromium).canExecute() && new File(chromedriver).canExecute(),
                "The portal's browser tests need " + chromium + " and " + chromedriver + " (Debian: apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // Chromium's own connections to the internet are refused on closed machines, many at a time: none are made.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // a page re-renders a table while a test reads it: look again rather than fail on the replaced row
        wait = (WebDriverWait) new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class);
    }

    void open(String path) {
        driver.get(Api.baseUri() + path);
    }

    /** Signs out of whatever the last test left behind: cookies and the kept CSRF token. */
    void forget() {
        open("/portal/vendor");
        driver.manage().deleteAllCookies();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.localStorage.clear()");
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    void type(By by, String text) {
        WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    void signIn(String email, String password) {
        type(By.id("usr"), email);
        type(By.id("pwd"), password);
        visible(By.cssSelector("#sign-in-form button")).click();
        visible(By.id("portal"));
    }

    void phoneScreen() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    void desktopScreen() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** A full-window screenshot named for the step, as a test artifact. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
