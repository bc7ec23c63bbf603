package fi.silta.resources;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the resource bank. */
@ConfigMapping(prefix = "silta.resources")
public interface ResourcesConfig {

    /**
     * The largest PDF document a resource may hold. A larger one is refused (413, naming the field) before it is
     * read into memory or stored; keep it well below {@code quarkus.http.limits.max-body-size}, so that an oversize
     * document reaches the check that names the field instead of the server's bare 413.
     */
    @WithDefault("5M")
    MemorySize maxDocumentSize();
}
