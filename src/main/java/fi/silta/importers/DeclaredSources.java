package fi.silta.importers;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * At start-up (in dev mode too), brings the sources declared in configuration into the database and starts a
 * run of each enabled one. Runs go on in the background; start-up does not wait for remote feeds.
 */
@ApplicationScoped
public class DeclaredSources {

    private static final Logger LOG = Logger.getLogger(DeclaredSources.class);

    private final DeclaredSourcesConfig config;
    private final SourceService sources;
    private final RunLauncher launcher;

    DeclaredSources(DeclaredSourcesConfig config, SourceService sources, RunLauncher launcher) {
        this.config = config;
        this.sources = sources;
        this.launcher = launcher;
    }

    void onStart(@Observes StartupEvent event) {
        Map<String, DeclaredSourcesConfig.DeclaredSource> declared = new TreeMap<>(config.all());
        declared.forEach(sources::declare);
        List<String> dropped = sources.undeclareAllBut(declared.keySet());
        if (!dropped.isEmpty()) {
            LOG.infof("Sources no longer in the configuration were disabled: %s", dropped);
        }
        declared.forEach((name, source) -> {
            if (source.enabled()) {
                launcher.startIfIdle(name, RunTrigger.STARTUP).ifPresentOrElse(
                        run -> LOG.infof("Syncing declared source %s (run %d)", name, run.id()),
                        () -> LOG.infof("Declared source %s is being synced by another instance", name));
            }
        });
    }
}
