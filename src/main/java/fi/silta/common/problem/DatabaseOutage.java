package fi.silta.common.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means that the database cannot be reached or cannot serve for now (it is restarting, the pool
 * waited its time out for a connection, a statement ran out of time) rather than that the request or Silta is wrong.
 * Such a failure answers 503 with {@code Retry-After}, never 500: nothing was written, and trying again later works.
 */
final class DatabaseOutage {

    /**
     * SQL states of a server that is shutting down, starting up, out of connections or that cancelled a statement at
     * its time limit (class 08, connection exceptions, is recognised by its prefix).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014");

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable e = failure; e != null && depth < 20; e = e.getCause(), depth++) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (e instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                    return true;
                }
                // The connection pool's own time-out carries no SQL state, only its words.
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("cquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
