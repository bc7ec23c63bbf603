package fi.silta.importers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ImportRunRepository implements PanacheRepository<ImportRun> {

    public Optional<ImportRun> findRunning(ImportSource source) {
        return find("source = ?1 and status = ?2", source, RunStatus.RUNNING).firstResultOptional();
    }

    public Optional<ImportRun> findOfSource(ImportSource source, long id) {
        return find("source = ?1 and id = ?2", source, id).firstResultOptional();
    }

    public Optional<ImportRun> latest(ImportSource source) {
        return find("source = ?1 order by startedAt desc, id desc", source).firstResultOptional();
    }

    public Instant lastStart(ImportSource source) {
        return latest(source).map(ImportRun::startedAt).orElse(null);
    }

    public List<ImportRun> pageOfSource(ImportSource source, int page, int size) {
        return find("source = ?1 order by startedAt desc, id desc", source).page(page - 1, size).list();
    }

    public long countOfSource(ImportSource source) {
        return count("source", source);
    }
}
