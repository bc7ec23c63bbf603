package fi.silta.importers;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ImportSourceRepository implements PanacheRepository<ImportSource> {

    public Optional<ImportSource> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    /**
     * The source, locked until the transaction ends: whoever starts a run holds it, so two instances cannot
     * both find the source idle and both start.
     */
    public Optional<ImportSource> lockByName(String name) {
        return find("name", name).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<ImportSource> listByName() {
        return list("order by name");
    }

    public List<ImportSource> listEnabled() {
        return list("enabled = true order by name");
    }
}
