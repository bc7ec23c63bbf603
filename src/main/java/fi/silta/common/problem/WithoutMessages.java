package fi.silta.common.problem;

import java.sql.SQLException;

/**
 * An unexpected failure as it may be logged: the kind of each exception in the chain, a database error's SQL
 * state, and where it happened, but none of the messages. The messages of drivers and the ORM quote the statement
 * and its values, and others quote input; either may be client data, which must never reach a log line.
 */
final class WithoutMessages extends RuntimeException {

    private WithoutMessages(Throwable original, WithoutMessages cause) {
        super(describe(original), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    static WithoutMessages of(Throwable e) {
        return copy(e, 0);
    }

    private static WithoutMessages copy(Throwable e, int depth) {
        Throwable cause = e.getCause();
        WithoutMessages copiedCause = cause != null && cause != e && depth < 20 ? copy(cause, depth + 1) : null;
        return new WithoutMessages(e, copiedCause);
    }

    private static String describe(Throwable e) {
        if (e instanceof SQLException sql) {
            return e.getClass().getName() + " (SQL state " + sql.getSQLState() + ")";
        }
        return e.getClass().getName();
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
