package fi.silta.testsupport;

import java.time.Duration;
import java.util.Map;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import fi.silta.importers.ImportersConfig;

/** The importers' settings for tests without Quarkus: the defaults, with the given values on top. */
public final class TestImportersConfig {

    private TestImportersConfig() {
    }

    public static ImportersConfig with(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(ImportersConfig.class)
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValues(values)
                .build();
        return config.getConfigMapping(ImportersConfig.class);
    }
}
