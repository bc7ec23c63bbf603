package fi.silta.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/**
 * A database that is away answers 503, never 500: the failures a restart, a full pool or a statement time limit cause
 * are told apart from failures of the request or of Silta, however deep the framework wraps them.
 */
class DatabaseOutageTest {

    @Test
    void aRestartingServerAFullPoolAndACancelledStatementAreOutages() {
        assertThat(DatabaseOutage.causedBy(new PersistenceException(new SQLException("closed", "08006")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("shutting down", "57P01"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("starting up", "57P03"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("canceling statement due to statement timeout", "57014")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLTransientConnectionException("refused"))).isTrue();
    }

    @Test
    void aRefusedRowOrABugIsNot() {
        assertThat(DatabaseOutage.causedBy(new PersistenceException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
    }
}
