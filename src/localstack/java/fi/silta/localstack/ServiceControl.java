package fi.silta.localstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service of the local stack that a test or the reliability run takes away and brings back, as an outage would:
 * {@link #pause()} freezes its processes (SIGSTOP: connections stay open and nothing answers, like a hung host),
 * {@link #stop()} shuts it down (connections close, new ones are refused, like a restart), and the opposites bring it
 * back on the same address.
 */
public interface ServiceControl {

    void pause();

    void resume();

    void stop();

    void start();

    /** Sends a signal to a process and all of its descendants. */
    static void signal(ProcessHandle process, String signal) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        command.add(Long.toString(process.pid()));
        process.descendants().forEach(child -> command.add(Long.toString(child.pid())));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " did not succeed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot signal process " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling process " + process.pid(), e);
        }
    }
}
