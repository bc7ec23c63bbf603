package fi.silta.importers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * Sources a deployment ships with, as {@code silta.sources."<name>".type}, {@code .url} and so on. They are
 * created or brought up to date at start-up, synced at once, and then on their interval.
 */
@ConfigMapping(prefix = "silta.sources")
public interface DeclaredSourcesConfig {

    @WithParentName
    Map<String, DeclaredSource> all();

    interface DeclaredSource {

        /** ICS, LINKED_EVENTS, HSDS or CSV. */
        SourceType type();

        /** The feed's address: http, https, or file where allowed. */
        String url();

        /**
         * The business id (Y-tunnus) of the organisation whose activities these are. When left out, or when
         * no organisation has it yet, an unverified organisation named after the source is created.
         */
        Optional<String> organisation();

        /** How often to sync, e.g. {@code 6H} or {@code PT30M}; the importers' default interval when left out. */
        Optional<Duration> every();

        /** Whether the source syncs. */
        @WithDefault("true")
        boolean enabled();

        /** The municipality code for places the feed does not locate. */
        Optional<String> municipality();

        /** Category codes added to every activity of the source. */
        Optional<List<String>> categories();

        /** Target group codes added to every activity of the source. */
        Optional<List<String>> targetGroups();

        /** The language of texts that do not name theirs: fi, sv or en. */
        @WithDefault("fi")
        String language();
    }
}
