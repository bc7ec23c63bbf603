package fi.silta.localstack;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Supplies the addresses of the local stack (a real PostgreSQL and a real OpenSearch, started as child
 * processes) to the dev and test profiles. The source has the lowest ordinal of all, so any address set
 * in the environment, in system properties or in {@code application.properties} wins and the local stack
 * is then never started. In the {@code prod} profile this source is empty.
 */
public class LocalStackConfigSourceFactory implements ConfigSourceFactory {

    static final String DB_URL = "quarkus.datasource.jdbc.url";
    static final String DB_USERNAME = "quarkus.datasource.username";
    static final String DB_PASSWORD = "quarkus.datasource.password";
    static final String MIGRATION_USERNAME = "quarkus.flyway.username";
    static final String MIGRATION_PASSWORD = "quarkus.flyway.password";
    static final String SEARCH_HOSTS = "quarkus.hibernate-search-orm.elasticsearch.hosts";
    static final Set<String> KEYS = Set.of(DB_URL, DB_USERNAME, DB_PASSWORD, MIGRATION_USERNAME, MIGRATION_PASSWORD,
            SEARCH_HOSTS);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean local = profiles.contains("dev") || profiles.contains("test");
        ConfigValue enabled = context.getValue("silta.local-stack.enabled");
        if (!local || (enabled != null && "false".equalsIgnoreCase(enabled.getValue()))) {
            return Collections.emptyList();
        }
        LocalStackSettings settings = LocalStackSettings.from(profiles.contains("test") ? "test" : "dev", context);
        return List.of(new LocalStackConfigSource(settings));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(Integer.MIN_VALUE + 100);
    }

    static final class LocalStackConfigSource implements ConfigSource {
        private final LocalStackSettings settings;

        LocalStackConfigSource(LocalStackSettings settings) {
            this.settings = settings;
        }

        @Override
        public Set<String> getPropertyNames() {
            return KEYS;
        }

        @Override
        public Map<String, String> getProperties() {
            // Listing the properties must not start anything: values are produced only on request.
            return Collections.emptyMap();
        }

        @Override
        public String getValue(String propertyName) {
            if (!KEYS.contains(propertyName)) {
                return null;
            }
            LocalStack.Addresses addresses = LocalStack.ensureStarted(settings);
            return switch (propertyName) {
                case DB_URL -> addresses.jdbcUrl();
                case DB_USERNAME -> addresses.dbUsername();
                case DB_PASSWORD -> addresses.dbPassword();
                case MIGRATION_USERNAME -> addresses.ownerUsername();
                case MIGRATION_PASSWORD -> addresses.ownerPassword();
                case SEARCH_HOSTS -> addresses.searchHosts();
                default -> null;
            };
        }

        @Override
        public int getOrdinal() {
            // Below application.properties (250) and far below environment variables (300).
            return 10;
        }

        @Override
        public String getName() {
            return "Silta local stack";
        }
    }
}
