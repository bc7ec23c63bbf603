package fi.silta.importers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.catalogue.Category;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.organisations.Organisation;
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

    private final ServiceRepository services;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;
    private final PlaceResolver places;

    ServiceRecordWriter(ServiceRepository services, CategoryRepository categories,
            TargetGroupRepository targetGroups, MunicipalityRepository municipalities, PlaceResolver places) {
        this.services = services;
        this.categories = categories;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
        this.places = places;
    }

    /** A record ready to be written, with its content hash. */
    record Prepared(ImportedService record, String hash) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Known> knownOfSource(String sourceName) {
        return services.getEntityManager()
                .createQuery("select s.originId, s.contentHash, s.status from ServiceListing s where s.source = :source",
                        Object[].class)
                .setParameter("source", sourceName).getResultStream()
                .map(row -> new Known((String) row[0], (String) row[1], (ServiceStatus) row[2])).toList();
    }

    /**
     * Writes the records in this order, their earlier services found with one query; for each, whether its service
     * was created (else updated). Should one fail, the exception leaves and the caller rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Boolean> write(SourceSettings settings, List<Prepared> records) {
        // A reference only: the organisation is not read, only named by its id.
        Organisation organisation = services.getEntityManager().getReference(Organisation.class,
                settings.organisationId());
        Map<String, ServiceListing> earlier = services.getEntityManager()
                .createQuery("select s from ServiceListing s where s.source = :source and s.originId in :ids",
                        ServiceListing.class)
                .setParameter("source", settings.name())
                .setParameter("ids", records.stream().map(p -> p.record().originId()).toList())
                .getResultStream().collect(Collectors.toMap(ServiceListing::originId, s -> s));
        PlaceResolver.Known known = new PlaceResolver.Known();
        List<Boolean> created = new ArrayList<>(records.size());
        for (Prepared prepared : records) {
            created.add(write(settings, organisation, earlier.get(prepared.record().originId()), prepared.record(),
                    prepared.hash(), known));
        }
        return created;
    }

    private boolean write(SourceSettings settings, Organisation organisation, ServiceListing earlier,
            ImportedService record, String contentHash, PlaceResolver.Known known) {
        ServiceListing service = earlier;
        boolean created = service == null;
        if (created) {
            service = new ServiceListing(organisation, settings.name(), record.originId());
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
            locations.add(places.resolve(known, service.organisation(), location.place(), municipality));
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
