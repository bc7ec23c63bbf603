package fi.silta.importers;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ImportRunFailureRepository implements PanacheRepository<ImportRunFailure> {

    public List<ImportRunFailure> listOfRun(ImportRun run, int limit) {
        return find("run = ?1 order by id", run).range(0, limit - 1).list();
    }
}
