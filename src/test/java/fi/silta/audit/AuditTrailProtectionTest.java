package fi.silta.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The role the application connects as can add to the audit trails and nothing else: it cannot delete or change
 * a record, empty a trail, or switch off the triggers that guard them, whatever code runs inside the application.
 */
@QuarkusTest
class AuditTrailProtectionTest {

    @Inject
    DataSource dataSource;

    @Test
    void theApplicationsRoleIsNotTheOwnerNorASuperuser() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            var rs = sql.executeQuery("SELECT rolsuper, current_user FROM pg_roles WHERE rolname = current_user");
            rs.next();
            assertThat(rs.getBoolean(1)).isFalse();
            var owner = sql.executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'");
            owner.next();
            assertThat(owner.getString(1)).isNotEqualTo(currentUser(sql));
        }
    }

    @Test
    void theAuditTrailsCannotBeRewrittenWithTheApplicationsRole() throws SQLException {
        for (String statement : List.of("DELETE FROM audit_event", "DELETE FROM client_access",
                "UPDATE audit_event SET actor = 'someone'", "UPDATE client_access SET actor = 'someone'",
                "TRUNCATE audit_event", "TRUNCATE client_access", "ALTER TABLE client_access DISABLE TRIGGER ALL",
                "ALTER TABLE audit_event DISABLE TRIGGER ALL", "DROP TRIGGER audit_event_no_update ON audit_event",
                "SET session_replication_role = replica")) {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                assertThatThrownBy(() -> sql.execute(statement)).as(statement).isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void theApplicationsRoleCanStillAddToTheTrails() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            int added = sql.executeUpdate("INSERT INTO audit_event (id, occurred_at, actor, operation, resource_type,"
                    + " outcome) VALUES (nextval('audit_event_id_seq'), now(), 'test', 'probe', 'test', 'SUCCESS')");
            assertThat(added).isEqualTo(1);
        }
    }

    private static String currentUser(Statement sql) throws SQLException {
        var rs = sql.executeQuery("SELECT current_user");
        rs.next();
        return rs.getString(1);
    }
}
