package fr.spro.label.support.browser;

import org.openqa.selenium.By;

/** Signs in through the sign-in form, as a person would, then lands on the page asked for. */
public final class BrowserSignIn {

    private BrowserSignIn() {
    }

    /**
     * Opens {@code path}; when the application asks for a sign-in first, fills the form with these
     * credentials and sends it, which brings the browser back to {@code path}.
     */
    public static Browser visitSignedIn(Browser browser, String path, String username, String password) {
        browser.visit(path);
        if (browser.currentPath().startsWith("/login")) {
            browser.find(By.id("username")).sendKeys(username);
            browser.find(By.id("password")).sendKeys(password);
            browser.clickAndAwaitNextPage(browser.find(By.cssSelector("form.login button[type=submit]")));
        }
        return browser;
    }

    /** Signs out with the layout's button, so the next sign-in starts from a fresh session. */
    public static void signOut(Browser browser) {
        if (!browser.driver().findElements(By.cssSelector(".signed-in form button")).isEmpty()) {
            browser.clickAndAwaitNextPage(browser.find(By.cssSelector(".signed-in form button")));
        }
    }
}
