package fi.silta.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of the local stack's components, taken from the build so that pom.xml is the one source. */
final class LocalStackVersions {

    static final String OPENSEARCH = load().getProperty("opensearch.version");

    private LocalStackVersions() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = LocalStackVersions.class.getResourceAsStream("/silta-local-stack.properties")) {
            if (in == null) {
                throw new IllegalStateException("silta-local-stack.properties is missing: run the build first");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
