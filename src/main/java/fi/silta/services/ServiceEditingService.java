package fi.silta.services;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.PlaceRepository;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;
import fi.silta.services.api.LongText;
import fi.silta.services.api.NameText;
import fi.silta.services.api.OrganisationServices;
import fi.silta.services.api.ProfessionalInput;
import fi.silta.services.api.ServiceEdit;
import fi.silta.services.api.ServiceInput;
import fi.silta.services.api.ServiceSheet;
import fi.silta.services.api.ShortText;

/**
 * Publishers keep their organisations' services like their activities: only their own organisations' (403
 * otherwise, audited), every change naming the version it started from (409 over a newer one), every change in the
 * change trail by the names of what changed, never their values.
 */
@ApplicationScoped
public class ServiceEditingService {

    static final String SERVICE = "service";

    private final ServiceRepository services;
    private final ProfessionalInfoRepository professionalInfo;
    private final OrganisationRepository organisations;
    private final PlaceRepository places;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;
    private final ServiceMapper mapper;
    private final AuditLog audit;
    private final CurrentUser user;

    ServiceEditingService(ServiceRepository services, ProfessionalInfoRepository professionalInfo,
            OrganisationRepository organisations, PlaceRepository places, CategoryRepository categories,
            TargetGroupRepository targetGroups, MunicipalityRepository municipalities, ServiceMapper mapper,
            AuditLog audit, CurrentUser user) {
        this.services = services;
        this.professionalInfo = professionalInfo;
        this.organisations = organisations;
        this.places = places;
        this.categories = categories;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
        this.mapper = mapper;
        this.audit = audit;
        this.user = user;
    }

    @Transactional
    public ServiceEdit create(long organisationId, ServiceInput input, Language language) {
        Organisation organisation = organisations.findByIdOptional(organisationId)
                .orElseThrow(() -> ProblemException.notFound("The organisation"));
        requirePublisher(organisationId, "service.create", organisationId);
        ServiceListing service = new ServiceListing(organisation, ServiceListing.SOURCE_SILTA, "silta:" + UUID.randomUUID());
        apply(service, input);
        services.persist(service);
        ProfessionalInfo info = writeProfessional(service, input.professional());
        services.flush();
        audit.record(Trail.CHANGES, entry("service.create", service.id(), organisationId));
        return mapper.edit(service, info, language);
    }

    @Transactional
    public ServiceEdit update(long id, ServiceInput input, Language language) {
        ServiceListing service = own(id, "service.update");
        requireVersion(service, input.version(), "service.update");
        if (!ServiceListing.SOURCE_SILTA.equals(service.source())) {
            throw new ProblemException(409, "imported-service", "Imported service",
                    "This service is imported from " + service.source() + "; change it there", List.of());
        }
        apply(service, input);
        ProfessionalInfo info = writeProfessional(service, input.professional());
        services.flush();
        audit.record(Trail.CHANGES, entry("service.update", id, service.organisation().id()));
        return mapper.edit(service, info, language);
    }

    @Transactional
    public ServiceEdit get(long id, Language language) {
        ServiceListing service = own(id, "service.read");
        return mapper.edit(service, professionalInfo.ofService(id).orElse(null), language);
    }

    /** One of the user's services with every field in every language, as its form shows it. */
    @Transactional
    public ServiceSheet sheet(long id, Language language) {
        ServiceListing service = own(id, "service.read");
        return mapper.sheet(service, professionalInfo.ofService(id).orElse(null), language);
    }

    /** Residents may find the service from now on; the version is the one the publisher saw. */
    @Transactional
    public ServiceSheet publish(long id, Long version, Language language) {
        return changeStatus(id, version, "service.publish", ServiceListing::publish, language);
    }

    /** Residents no longer find the service; it stays for its history and may be published again. */
    @Transactional
    public ServiceSheet archive(long id, Long version, Language language) {
        return changeStatus(id, version, "service.archive", ServiceListing::archive, language);
    }

    /** An organisation's services, drafts and archived ones included, and its notes for professionals. */
    @Transactional
    public OrganisationServices organisation(long organisationId, Language language) {
        Organisation organisation = organisations.findByIdOptional(organisationId)
                .orElseThrow(() -> ProblemException.notFound("The organisation"));
        requirePublisher(organisationId, "service.list", organisationId);
        return new OrganisationServices(organisationId, organisation.name().resolve(language),
                services.ofOrganisation(organisationId).stream().map(s -> mapper.row(s, language)).toList(),
                mapper.professionalInput(professionalInfo.ofOrganisation(organisationId).orElse(null)));
    }

    @Transactional
    public List<ServiceEdit> ofOrganisation(long organisationId, Language language) {
        requirePublisher(organisationId, "service.list", organisationId);
        return services.ofOrganisation(organisationId).stream()
                .map(s -> mapper.edit(s, professionalInfo.ofService(s.id()).orElse(null), language)).toList();
    }

    /** What holds for all of an organisation's services, for professionals only. */
    @Transactional
    public void writeOrganisationNotes(long organisationId, ProfessionalInput input) {
        Organisation organisation = organisations.findByIdOptional(organisationId)
                .orElseThrow(() -> ProblemException.notFound("The organisation"));
        requirePublisher(organisationId, "service.organisation-notes", organisationId);
        ProfessionalInfo info = professionalInfo.ofOrganisation(organisationId).orElseGet(() -> {
            ProfessionalInfo created = new ProfessionalInfo(organisation, null);
            professionalInfo.persist(created);
            return created;
        });
        info.write(blank(input.howToRefer()), blank(input.contactName()), blank(input.contactPhone()),
                blank(input.contactEmail()), blank(input.waitingTime()), blank(input.notes()));
        audit.record(Trail.CHANGES, entry("service.organisation-notes", organisationId, organisationId));
    }

    private void apply(ServiceListing service, ServiceInput input) {
        List<FieldError> errors = new ArrayList<>();
        LocalizedText name = text(input.name(), NameText::fi, NameText::sv, NameText::en);
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "required", "Give the service a name in at least one language"));
        }
        Set<Place> locations = new LinkedHashSet<>();
        for (Long placeId : input.placeIds() == null ? List.<Long> of() : input.placeIds()) {
            Place place = places.findById(placeId);
            if (place == null || !place.organisation().id().equals(service.organisation().id())) {
                errors.add(new FieldError("placeIds", "unknown", "Not a place of this organisation"));
            } else {
                locations.add(place);
            }
        }
        var area = lookUp(input.municipalities(), municipalities::findById, "municipalities", errors);
        var serviceCategories = lookUp(input.categories(), categories::findById, "categories", errors);
        var groups = lookUp(input.targetGroups(), targetGroups::findById, "targetGroups", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "The request has invalid fields", errors);
        }
        service.describe(name, text(input.description(), LongText::fi, LongText::sv, LongText::en),
                text(input.eligibility(), ShortText::fi, ShortText::sv, ShortText::en));
        service.setAccess(input.access(), text(input.accessInfo(), ShortText::fi, ShortText::sv, ShortText::en));
        service.setCost(input.free(), text(input.cost(), NameText::fi, NameText::sv, NameText::en));
        service.setContact(blank(input.infoUrl()), blank(input.contactEmail()), blank(input.contactPhone()),
                text(input.openingHours(), ShortText::fi, ShortText::sv, ShortText::en));
        service.setArea(area);
        service.setLocations(locations);
        service.classify(serviceCategories, groups);
        service.setLanguages(new LinkedHashSet<>(ServiceMapper.codes(input.languages())));
        service.setAccessibility(input.accessibility() == null ? Set.of() : new LinkedHashSet<>(input.accessibility()));
        if (input.published()) {
            service.publish();
        } else if (service.isPublished()) {
            service.archive();
        }
    }

    private ProfessionalInfo writeProfessional(ServiceListing service, ProfessionalInput input) {
        ProfessionalInfo info = service.id() == null ? null : professionalInfo.ofService(service.id()).orElse(null);
        if (input == null) {
            return info;
        }
        if (info == null) {
            info = new ProfessionalInfo(service.organisation(), service);
            professionalInfo.persist(info);
        }
        info.write(blank(input.howToRefer()), blank(input.contactName()), blank(input.contactPhone()),
                blank(input.contactEmail()), blank(input.waitingTime()), blank(input.notes()));
        return info;
    }

    private static <T> Set<T> lookUp(List<String> codes, Function<String, T> find, String field,
            List<FieldError> errors) {
        Set<T> found = new LinkedHashSet<>();
        for (String code : ServiceMapper.codes(codes)) {
            T value = find.apply(code);
            if (value == null) {
                errors.add(new FieldError(field, "unknown", "Unknown code"));
            } else {
                found.add(value);
            }
        }
        return found;
    }

    private ServiceSheet changeStatus(long id, Long version, String operation, Consumer<ServiceListing> change,
            Language language) {
        ServiceListing service = own(id, operation);
        requireVersion(service, version, operation);
        change.accept(service);
        services.flush();
        audit.record(Trail.CHANGES, entry(operation, id, service.organisation().id()));
        return mapper.sheet(service, professionalInfo.ofService(id).orElse(null), language);
    }

    /** Refuses, as 409, a change that started from another version than the service's own. */
    private void requireVersion(ServiceListing service, Long version, String operation) {
        if (version == null || version != service.version()) {
            audit.recordRefusal(Trail.CHANGES, entry(operation, service.id(), service.organisation().id())
                    .outcome(AuditEntry.Outcome.CONFLICT));
            throw new ProblemException(409, "edit-conflict", "Edit conflict",
                    "Someone else changed this meanwhile; reload it and apply your change again", List.of());
        }
    }

    private ServiceListing own(long id, String operation) {
        ServiceListing service = services.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The service"));
        requirePublisher(service.organisation().id(), operation, id);
        return service;
    }

    private void requirePublisher(long organisationId, String operation, long resourceId) {
        if (!user.publishesFor(organisationId)) {
            audit.recordRefusal(Trail.CHANGES, entry(operation, resourceId, organisationId)
                    .outcome(AuditEntry.Outcome.DENIED));
            throw new ForbiddenException("Not a publisher of this organisation");
        }
    }

    private AuditEntry entry(String operation, long id, long organisationId) {
        return AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), operation, SERVICE, id)
                .organisation(organisationId);
    }

    private static <T> LocalizedText text(T value, Function<T, String> fi, Function<T, String> sv,
            Function<T, String> en) {
        return value == null ? LocalizedText.of(null, null, null)
                : LocalizedText.of(fi.apply(value), sv.apply(value), en.apply(value));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
