package fi.silta.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.logging.Logger;

/**
 * A tiny detached shell loop that outlives the JVM only to stop the local services if the JVM dies
 * without running its shutdown hooks (for example after {@code kill -9}). It exits right after.
 */
final class Watchdog {

    private static final Logger LOG = Logger.getLogger(Watchdog.class);

    private Watchdog() {
    }

    static void watch(long jvmPid, String stopPostgres, long openSearchPid) {
        Path setsid = Path.of("/usr/bin/setsid");
        Path sh = Path.of("/bin/sh");
        if (!Files.isExecutable(sh)) {
            return;
        }
        String script = "while kill -0 " + jvmPid + " 2>/dev/null; do sleep 2; done; "
                + stopPostgres + "; kill " + openSearchPid + " 2>/dev/null; exit 0";
        List<String> command = Files.isExecutable(setsid) ? List.of(setsid.toString(), sh.toString(), "-c", script)
                : List.of(sh.toString(), "-c", script);
        try {
            new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
        } catch (IOException e) {
            LOG.debugf("No watchdog for the local stack: %s", e.getMessage());
        }
    }
}
