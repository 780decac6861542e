package org.casealert.devstack.testing;

import java.time.Duration;

import org.casealert.devstack.keycloak.KeycloakServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs a dev user in on Keycloak's own login page, where a protected page sent the browser. */
public final class KeycloakLogin {

    private KeycloakLogin() {
    }

    /** Waits for Keycloak's login form, fills it for {@code username} (a {@link KeycloakServer#LOGINS} user) and sends it. */
    public static void signIn(WebDriver browser, String username) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(KeycloakServer.LOGINS.get(username));
        browser.findElement(By.id("kc-login")).click();
    }
}
