package fi.silta.testsupport;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Every log line the application writes while it is open, as an operator would read it: the formatted message, its
 * raw parameters, and the message of every exception in the chain (causes, suppressed, and a database error's next
 * exceptions). What a test then finds in none of them reached no log line.
 */
public final class CapturedLog implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(describe(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog() {
        handler.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(handler);
        // Proves the capture sees the application's log before a test trusts it to see nothing else.
        Logger.getLogger("fi.silta").info("capture check");
        if (lines.stream().noneMatch(line -> line.contains("capture check"))) {
            throw new IllegalStateException("The log capture sees nothing");
        }
    }

    public static CapturedLog start() {
        return new CapturedLog();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines that contain the text. */
    public List<String> containing(String text) {
        return lines.stream().filter(line -> line.contains(text)).toList();
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }

    private static String describe(LogRecord record) {
        StringBuilder line = new StringBuilder();
        line.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(": ");
        line.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage()
                : new SimpleFormatter().formatMessage(record));
        line.append(" | ").append(record.getMessage());
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                line.append(' ').append(parameter);
            }
        }
        List<Throwable> seen = new ArrayList<>();
        describe(record.getThrown(), line, seen);
        return line.toString();
    }

    private static void describe(Throwable thrown, StringBuilder line, List<Throwable> seen) {
        if (thrown == null || seen.contains(thrown) || seen.size() > 50) {
            return;
        }
        seen.add(thrown);
        line.append(" | ").append(thrown);
        describe(thrown.getCause(), line, seen);
        for (Throwable suppressed : thrown.getSuppressed()) {
            describe(suppressed, line, seen);
        }
        if (thrown instanceof SQLException sql) {
            describe(sql.getNextException(), line, seen);
        }
    }
}
