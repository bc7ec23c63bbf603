package fi.silta.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts writes in fixed windows, per address and overall. A write is let through when neither its address nor
 * all addresses together have reached their limit in the current window; a refused write counts for nothing, so
 * one address that keeps trying does not use up everyone's share. Only addresses that were let through are kept,
 * so the overall limit also bounds the memory this takes.
 */
final class WriteWindows {

    private static final String OVERALL = "";

    private record Window(Instant start, int count) {
    }

    private final int perAddress;
    private final int overall;
    private final Duration length;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    WriteWindows(int perAddress, int overall, Duration length) {
        this.perAddress = perAddress;
        this.overall = overall;
        this.length = length;
    }

    /** Empty when the write may go ahead (and is counted); else how long until it may be tried again. */
    synchronized Optional<Duration> take(String address, Instant now) {
        Window mine = current(address, now);
        Window all = current(OVERALL, now);
        Duration wait = Duration.ZERO;
        if (mine.count() >= perAddress) {
            wait = until(mine, now);
        }
        if (all.count() >= overall) {
            Duration allWait = until(all, now);
            wait = allWait.compareTo(wait) > 0 ? allWait : wait;
        }
        if (!wait.isZero()) {
            return Optional.of(wait);
        }
        if (windows.size() > 2 * overall + 16) {
            windows.values().removeIf(w -> !w.start().plus(length).isAfter(now));
        }
        windows.put(address, new Window(mine.start(), mine.count() + 1));
        windows.put(OVERALL, new Window(all.start(), all.count() + 1));
        return Optional.empty();
    }

    private Window current(String key, Instant now) {
        Window window = windows.get(key);
        return window == null || !window.start().plus(length).isAfter(now) ? new Window(now, 0) : window;
    }

    private Duration until(Window window, Instant now) {
        Duration left = Duration.between(now, window.start().plus(length));
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }
}
