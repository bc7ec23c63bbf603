package fi.silta.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What axe-core found on every page the browser tests visited, written to {@code target/accessibility.md} so that
 * anyone can read it beside the screenshots, whether or not a test failed. The browser tests of a run share one
 * report ({@link #shared()}), so the file lists every page of the run.
 */
public final class AccessibilityReport {

    private static final Path FILE = Path.of("target/accessibility.md");
    private static final AccessibilityReport SHARED = new AccessibilityReport();
    private final Map<String, String> visited = new LinkedHashMap<>();
    private final List<String> findings = new ArrayList<>();
    private final List<String> keyboard = new ArrayList<>();
    private int serious;

    public static AccessibilityReport shared() {
        return SHARED;
    }

    synchronized void visited(String name, String url) {
        visited.put(name, url);
        write();
    }

    synchronized void add(String name, String url, String rule, String impact, String help, List<String> nodes) {
        if (impact.equals("serious") || impact.equals("critical")) {
            serious++;
        }
        findings.add("| " + name + " | " + rule + " | " + impact + " | " + help.replace("|", "/") + " | "
                + String.join("<br>", nodes.subList(0, Math.min(3, nodes.size()))).replace("|", "/") + " |");
        write();
    }

    /** A task done with the keyboard alone: how many focus stops it took, each with a visible focus, in order. */
    synchronized void keyboard(String task, List<Keyboard.Focus> stops) {
        keyboard.add("- " + task + ": " + stops.size() + " focus stops, each with a visible indicator, in reading order");
        write();
    }

    private void write() {
        StringBuilder text = new StringBuilder("# Accessibility (axe-core, WCAG 2.0/2.1 A and AA)\n\n");
        text.append("Pages checked (each in its language and at its width): ").append(visited.size())
                .append("; serious or critical findings: ").append(serious).append("\n\n");
        visited.forEach((name, url) -> text.append("- ").append(name).append(": ").append(url).append('\n'));
        text.append("\n| page | rule | impact | what | where |\n| --- | --- | --- | --- | --- |\n");
        findings.forEach(line -> text.append(line).append('\n'));
        if (!keyboard.isEmpty()) {
            text.append("\n## Keyboard alone (Tab, Shift-Tab, Enter, Space, typing)\n\n");
            keyboard.forEach(line -> text.append(line).append('\n'));
        }
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
