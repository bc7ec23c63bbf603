package fi.silta.search;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.SearchTimeoutException;
import org.jboss.logging.Logger;

import fi.silta.common.problem.ProblemException;

/**
 * Runs a request to the search engine and turns the engine's absence into a 503 with {@code Retry-After}: the engine
 * did not answer within the search's time limit (paused, overloaded), could not be reached (stopped, restarting), or
 * answered that it cannot serve (5xx). Any other failure of a search is Silta's own and stays an error.
 */
final class EngineOutage {

    private static final Logger LOG = Logger.getLogger(EngineOutage.class);
    /** An engine error answer, as Hibernate Search quotes it in its message: {@code "status":503}. */
    private static final Pattern SERVER_ERROR = Pattern.compile("\"status\"\\s*:\\s*5\\d\\d");
    private static final long LOG_EVERY_MS = 10_000;
    private static volatile long lastLog;

    private EngineOutage() {
    }

    static <T> T guard(Duration retryAfter, Supplier<T> request) {
        try {
            return request.get();
        } catch (SearchException e) {
            if (!unavailable(e)) {
                throw e;
            }
            long now = System.currentTimeMillis();
            if (now - lastLog >= LOG_EVERY_MS) {
                // One line per interval: during an outage every search fails alike. The kind only, no search terms.
                lastLog = now;
                LOG.warnf("Answering 503: the search engine is unavailable (%s)", e.getClass().getSimpleName());
            }
            throw ProblemException.unavailable("search-unavailable",
                    "Search is unavailable for a moment; try again shortly", retryAfter);
        }
    }

    static boolean unavailable(SearchException failure) {
        int depth = 0;
        for (Throwable e = failure; e != null && depth < 20; e = e.getCause(), depth++) {
            if (e instanceof SearchTimeoutException || e instanceof IOException) {
                return true;
            }
            if (e.getMessage() != null && SERVER_ERROR.matcher(e.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }
}
