package fi.silta.importers;

/**
 * The feed as a whole cannot be read: unreachable, refused address, too large, too slow, not the expected
 * format. The message names the problem for the administrator and holds no feed content beyond a short
 * quote.
 */
public class FeedException extends Exception {

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
