package fi.silta.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.time.Duration;

import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.SearchTimeoutException;
import org.junit.jupiter.api.Test;

import fi.silta.common.problem.ProblemException;

/**
 * A search the engine cannot serve (no answer in time, unreachable, an answer of 5xx) becomes a 503 with Retry-After;
 * any other failure of a search stays Silta's own error.
 */
class EngineOutageTest {

    private static final Duration RETRY = Duration.ofSeconds(15);

    @Test
    void noAnswerInTimeUnreachableOrA5xxIsA503WithRetryAfter() {
        for (SearchException away : new SearchException[] { new SearchTimeoutException("took longer than 3000ms"),
                new SearchException("request failed", new ConnectException("Connection refused")),
                new SearchException("HSEARCH400007: Elasticsearch request failed: {\"status\":503}") }) {
            assertThatThrownBy(() -> EngineOutage.guard(RETRY, () -> {
                throw away;
            })).isInstanceOfSatisfying(ProblemException.class, problem -> {
                assertThat(problem.status()).isEqualTo(503);
                assertThat(problem.code()).isEqualTo("search-unavailable");
                assertThat(problem.retryAfter()).isEqualTo(RETRY);
            });
        }
    }

    @Test
    void aWrongQueryStaysAnError() {
        SearchException wrong = new SearchException("HSEARCH400007: {\"status\":400, \"error\":\"parsing_exception\"}");
        assertThatThrownBy(() -> EngineOutage.guard(RETRY, () -> {
            throw wrong;
        })).isSameAs(wrong);
        assertThat(EngineOutage.guard(RETRY, () -> "found")).isEqualTo("found");
    }
}
