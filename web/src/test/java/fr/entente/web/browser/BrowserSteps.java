package fr.entente.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** What the browser tests do as a person would: sign in, fill and send a form, wait for what a page shows. */
final class BrowserSteps {

    /** The demo accounts' password. */
    static final String PASSWORD = "entente-demo-2026";

    private BrowserSteps() {
    }

    /** The read models follow the log a moment later: a page just redirected to may not show the change yet. */
    static WebElement reloadUntilShown(WebDriver driver, By element) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(page -> {
            List<WebElement> found = page.findElements(element);
            if (found.isEmpty()) {
                page.navigate().refresh();
                return null;
            }
            return found.get(0);
        });
    }

    static void signIn(WebDriver driver, String base, String username) {
        driver.get(base + "/connexion");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(base + "/"));
    }

    static void signOut(WebDriver driver) {
        driver.findElement(By.cssSelector("form.deconnexion button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/connexion"));
    }

    static void submit(WebDriver driver, String formSelector) {
        driver.findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
    }

    static void setValue(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    static void waitFor(WebDriver driver, By element, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    }

    /** A mark that a reload would wipe out. */
    static void markNoReload(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.sansRechargement = true;");
    }

    static boolean notReloaded(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.sansRechargement === true;"));
    }

    static String cookies(WebDriver driver) {
        return driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                     .collect(Collectors.joining("; "));
    }

    static HttpResponse<byte[]> get(String url, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static List<Axe.Violation> check(String page, WebDriver driver) {
        List<Axe.Violation> found = Axe.check(driver);
        System.out.println("axe-core, page " + page + ": " + found.size() + " violation(s)");
        found.forEach(violation -> System.out.println("  " + violation));
        return found;
    }
}
