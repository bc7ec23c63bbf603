package fi.silta.importers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.catalogue.Category;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.services.ServiceListing;
import fi.silta.services.ServiceRepository;
import fi.silta.services.ServiceStatus;

/**
 * Writes one imported service, in the caller's transaction: a new service of the source's organisation, or an
 * update of the one the same record made before (matched by the source's name and the record's id). Its places
 * are found or created among the organisation's places as activities' are.
 */
@ApplicationScoped
public class ServiceRecordWriter {

    /** What a run needs to know of a source's earlier services before it writes anything. */
    public record Known(String originId, String contentHash, ServiceStatus status) {

        public boolean live() {
            return status != ServiceStatus.ARCHIVED;
        }
    }

    private final ImportSourceRepository sources;
    private final ServiceRepository services;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;
    private final PlaceResolver places;

    ServiceRecordWriter(ImportSourceRepository sources, ServiceRepository services, CategoryRepository categories,
            TargetGroupRepository targetGroups, MunicipalityRepository municipalities, PlaceResolver places) {
        this.sources = sources;
        this.services = services;
        this.categories = categories;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
        this.places = places;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Known> knownOfSource(String sourceName) {
        return services.getEntityManager()
                .createQuery("select s.originId, s.contentHash, s.status from ServiceListing s where s.source = :source",
                        Object[].class)
                .setParameter("source", sourceName).getResultStream()
                .map(row -> new Known((String) row[0], (String) row[1], (ServiceStatus) row[2])).toList();
    }

    /** @return whether the service was created (else updated) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean write(SourceSettings settings, ImportedService record, String contentHash) {
        ImportSource source = sources.findById(settings.sourceId());
        ServiceListing service = services.byOrigin(source.name(), record.originId()).orElse(null);
        boolean created = service == null;
        if (created) {
            service = new ServiceListing(source.organisation(), source.name(), record.originId());
        }
        Set<Municipality> area = new LinkedHashSet<>();
        for (String code : record.area()) {
            Municipality municipality = municipalities.findById(code);
            if (municipality == null) {
                throw new IllegalArgumentException("its service area names the municipality code " + code
                        + ", which is no Finnish municipality");
            }
            area.add(municipality);
        }
        Set<Place> locations = new LinkedHashSet<>();
        for (ImportedService.Location location : record.locations()) {
            String municipality = location.municipality() != null && municipalities.findById(location.municipality()) != null
                    ? location.municipality()
                    : settings.defaultMunicipality();
            locations.add(places.resolve(service.organisation(), location.place(), municipality));
        }
        Set<Category> cats = new LinkedHashSet<>();
        record.categories().stream().map(categories::findById).filter(Objects::nonNull).forEach(cats::add);
        Set<TargetGroup> groups = new LinkedHashSet<>();
        record.targetGroups().stream().map(targetGroups::findById).filter(Objects::nonNull).forEach(groups::add);

        service.describe(record.name(), record.description(), record.eligibility());
        service.setAccess(record.access(), record.accessInfo());
        service.setCost(record.free(), record.cost());
        service.setContact(record.infoUrl(), record.contactEmail(), record.contactPhone(), record.openingHours());
        service.setArea(area);
        service.setLocations(locations);
        service.classify(cats, groups);
        service.setLanguages(record.languages());
        service.recordContentHash(contentHash);
        service.publish();
        if (created) {
            services.persist(service);
        }
        return created;
    }

    /**
     * The record left its feed: its service is archived, and published again should the record come back.
     *
     * @return whether anything was archived
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean archive(SourceSettings settings, String originId) {
        ServiceListing service = services.byOrigin(settings.name(), originId).orElse(null);
        if (service == null || service.status() == ServiceStatus.ARCHIVED) {
            return false;
        }
        service.archive();
        return true;
    }
}
