package fi.silta.catalogue;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.silta.catalogue.api.CoveredActivity;

/**
 * What the catalogue offers where, for the reports' view of its gaps: the published activities with a session in
 * a period (or ongoing, without dates), each with the municipality of its place and its categories. Public data
 * only; read-only.
 */
@ApplicationScoped
public class CatalogueCoverage {

    private final EntityManager entityManager;

    CatalogueCoverage(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One row per published activity and category, for activities held in {@code [from, to)} or ongoing. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<CoveredActivity> upcoming(Instant from, Instant to) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select a.id, p.municipality_code, ac.category_code
                from activity a
                join place p on p.id = a.place_id
                join activity_category ac on ac.activity_id = a.id
                where a.status = 'PUBLISHED' and p.municipality_code is not null
                  and (a.ongoing or exists (select 1 from occurrence o where o.activity_id = a.id
                       and not o.cancelled and o.starts_at >= :from and o.starts_at < :to))""")
                .setParameter("from", from).setParameter("to", to).getResultList();
        return rows.stream()
                .map(row -> new CoveredActivity(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                .toList();
    }
}
