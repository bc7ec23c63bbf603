package fi.silta.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.silta.localstack.LocalStack;

/** The machine and software a run measured, for the report. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe(LocalStack.Addresses stack, String engine) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpu", cpuModel());
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGb", memoryGb());
        machine.put("os", osName() + ", kernel " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(), stack.ownerUsername(), stack.ownerPassword());
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW server_version")) {
            rs.next();
            machine.put("postgresql", rs.getString(1));
        } catch (Exception e) {
            machine.put("postgresql", "unknown");
        }
        try {
            machine.put("opensearch", new ObjectMapper().readTree(Http.get(engine, null).body()).path("version")
                    .path("number").asText());
        } catch (Exception e) {
            machine.put("opensearch", "unknown");
        }
        machine.put("note", "application, PostgreSQL, OpenSearch and the load generator share the machine");
        return machine;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    private static long memoryGb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }

    private static String osName() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring(12).replace("\"", "");
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return System.getProperty("os.name");
    }
}
