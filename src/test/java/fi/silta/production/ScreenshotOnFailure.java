package fi.silta.production;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Photographs what the browser shows when a browser test fails ({@code target/screenshots/failed-<test>.png}), so
 * that the page a failure happened on can be looked at after the run.
 */
public final class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser.ifOpen(browser -> browser.screenshot("failed-" + context.getRequiredTestMethod().getName()));
    }
}
