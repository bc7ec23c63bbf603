package fi.silta.resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.resources.api.DescriptionText;
import fi.silta.resources.api.KeeperChoice;
import fi.silta.resources.api.ResourceEdit;
import fi.silta.resources.api.ResourceInput;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Keeping the resource bank. An organisation's resources are kept by its publishers and by admins, by the rule that
 * decides who keeps an organisation's services ({@link CurrentUser#publishesFor}); the county's own resources by
 * admins. Another's resource answers 403 (audited), a change over a newer version 409, a bad value or document 400
 * (413 for an oversize document) naming the field; every change is in the change trail by what changed, never the
 * values.
 */
@ApplicationScoped
public class ResourceEditingService {

    static final String RESOURCE = "resource";

    private final ResourceRepository resources;
    private final ResourceDocumentRepository documents;
    private final OrganisationRepository organisations;
    private final ResourceMapper mapper;
    private final ResourcesConfig config;
    private final AuditLog audit;
    private final CurrentUser user;

    ResourceEditingService(ResourceRepository resources, ResourceDocumentRepository documents,
            OrganisationRepository organisations, ResourceMapper mapper, ResourcesConfig config, AuditLog audit,
            CurrentUser user) {
        this.resources = resources;
        this.documents = documents;
        this.organisations = organisations;
        this.mapper = mapper;
        this.config = config;
        this.audit = audit;
        this.user = user;
    }

    /** The largest document a resource may hold, in bytes. */
    public long maxDocumentSize() {
        return config.maxDocumentSize().asLongValue();
    }

    /**
     * A new draft resource: a link, or, when {@code document} is given, that document (checked before anything is
     * written), or neither yet (the API sends the document afterwards; publishing needs one of them).
     */
    @Transactional
    public ResourceEdit create(ResourceInput input, DocumentUpload document, Language language) {
        Organisation organisation = input.organisationId() == null ? null
                : organisations.findByIdOptional(input.organisationId())
                        .orElseThrow(() -> ProblemException.notFound("The organisation"));
        requireKeeper(organisation, "resource.create", 0);
        ResourceListing resource = new ResourceListing(organisation);
        apply(resource, input, document);
        resources.persist(resource);
        resources.flush();
        store(resource, document);
        audit.record(Trail.CHANGES, entry("resource.create", resource).details(changed(input, document)));
        return mapper.edit(resource, language);
    }

    /** Changes a resource, naming the version the change started from; a document replaces what it held. */
    @Transactional
    public ResourceEdit update(long id, ResourceInput input, DocumentUpload document, Language language) {
        ResourceListing resource = own(id, "resource.update");
        if (input.version() == null || input.version() != resource.version()) {
            audit.recordRefusal(Trail.CHANGES, entry("resource.update", resource).outcome(AuditEntry.Outcome.CONFLICT));
            throw new ProblemException(409, "edit-conflict", "Edit conflict",
                    "Someone else changed this meanwhile; reload it and apply your change again", List.of());
        }
        if (input.organisationId() != null && (resource.organisation() == null
                || !input.organisationId().equals(resource.organisation().id()))) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "A resource stays with its keeper",
                    List.of(new FieldError("organisationId", "unchangeable", "A resource stays with its keeper")));
        }
        apply(resource, input, document);
        store(resource, document);
        if (resource.linkUrl() != null) {
            documents.deleteById(id);
        }
        resources.flush();
        audit.record(Trail.CHANGES, entry("resource.update", resource).details(changed(input, document)));
        return mapper.edit(resource, language);
    }

    /** Puts a PDF document in place of the resource's link or earlier document. */
    @Transactional
    public ResourceEdit attach(long id, DocumentUpload document, Language language) {
        ResourceListing resource = own(id, "resource.document");
        DocumentCheck.require(document, maxDocumentSize());
        store(resource, document);
        resources.flush();
        audit.record(Trail.CHANGES, entry("resource.document", resource).details(DocumentCheck.FIELD));
        return mapper.edit(resource, language);
    }

    /** Residents (or, for professionals' resources, staff) find it from now on; it needs a link or a document. */
    @Transactional
    public ResourceEdit publish(long id, Language language) {
        ResourceListing resource = own(id, "resource.publish");
        if (!resource.hasContent()) {
            throw new ProblemException(409, "resource-empty", "Nothing to publish",
                    "Give the resource a link or a PDF document before publishing it",
                    List.of(new FieldError("url", "required", "Give a link or a PDF document")));
        }
        resource.publish();
        resources.flush();
        audit.record(Trail.CHANGES, entry("resource.publish", resource));
        return mapper.edit(resource, language);
    }

    /** No one finds it any more; it stays for its history. */
    @Transactional
    public ResourceEdit archive(long id, Language language) {
        ResourceListing resource = own(id, "resource.archive");
        resource.archive();
        resources.flush();
        audit.record(Trail.CHANGES, entry("resource.archive", resource));
        return mapper.edit(resource, language);
    }

    @Transactional
    public ResourceEdit get(long id, Language language) {
        return mapper.edit(own(id, "resource.read"), language);
    }

    /** What the user keeps: their organisations' resources, or every one for an admin; newest first. */
    @Transactional
    public List<ResourceEdit> kept(Language language) {
        List<ResourceListing> kept = user.isAdmin() ? resources.everyOne() : resources.keptBy(user.organisationIds());
        return kept.stream().map(r -> mapper.edit(r, language)).toList();
    }

    /** Whom the user may keep resources for: the county (admins) and organisations, by name. */
    @Transactional
    public List<KeeperChoice> keepers(Language language) {
        List<KeeperChoice> choices = new ArrayList<>();
        List<Organisation> kept = user.isAdmin() ? organisations.listAll()
                : user.organisationIds().isEmpty() ? List.of() : organisations.list("id in ?1", user.organisationIds());
        kept.stream().map(o -> new KeeperChoice(o.id(), o.name().resolve(language)))
                .sorted(Comparator.comparing(KeeperChoice::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(choices::add);
        if (user.isAdmin()) {
            choices.addFirst(new KeeperChoice(null, ResourceMapper.messages(language).keeper_county()));
        }
        return choices;
    }

    private void apply(ResourceListing resource, ResourceInput input, DocumentUpload document) {
        List<FieldError> errors = new ArrayList<>();
        LocalizedText title = LocalizedText.of(input.title().fi(), input.title().sv(), input.title().en());
        if (title.isEmpty()) {
            errors.add(new FieldError("title", "required", "Give the resource a title in at least one language"));
        }
        String url = input.url() == null || input.url().isBlank() ? null : input.url().strip();
        if (url != null && document != null) {
            errors.add(new FieldError("url", "either", "Give a link or a PDF document, not both"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "The request has invalid fields", errors);
        }
        if (document != null) {
            DocumentCheck.require(document, maxDocumentSize());
        }
        DescriptionText description = input.description();
        resource.describe(title, description == null ? LocalizedText.of(null, null, null)
                : LocalizedText.of(description.fi(), description.sv(), description.en()), input.topic(),
                input.audience());
        if (url != null) {
            resource.linkTo(url);
        } else if (document == null && resource.documentName() == null && resource.isPublished()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "A published resource needs a link",
                    List.of(new FieldError("url", "required", "Give a link or a PDF document")));
        }
    }

    /** Keeps the document's bytes (already checked) and names it on the resource. */
    private void store(ResourceListing resource, DocumentUpload document) {
        if (document == null) {
            return;
        }
        String sha256 = DocumentCheck.sha256(document.content());
        resource.holdDocument(DocumentCheck.fileName(document.fileName()), document.content().length, sha256);
        ResourceDocument stored = documents.findById(resource.id());
        if (stored == null) {
            documents.persist(new ResourceDocument(resource.id(), document.content(), sha256));
        } else {
            stored.replace(document.content(), sha256);
        }
    }

    private ResourceListing own(long id, String operation) {
        ResourceListing resource = resources.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("The resource"));
        requireKeeper(resource.organisation(), operation, id);
        return resource;
    }

    private void requireKeeper(Organisation organisation, String operation, long resourceId) {
        boolean keeps = organisation == null ? user.isAdmin() : user.publishesFor(organisation.id());
        if (!keeps) {
            audit.recordRefusal(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), operation,
                    RESOURCE, resourceId == 0 ? null : resourceId)
                    .organisation(organisation == null ? null : organisation.id()).outcome(AuditEntry.Outcome.DENIED));
            throw new ForbiddenException("Not a keeper of this resource");
        }
    }

    private AuditEntry entry(String operation, ResourceListing resource) {
        return AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), operation, RESOURCE, resource.id())
                .organisation(resource.organisation() == null ? null : resource.organisation().id());
    }

    /** The names of the fields a change wrote, never their values. */
    private static String changed(ResourceInput input, DocumentUpload document) {
        StringBuilder fields = new StringBuilder("title,description,topic,audience");
        if (input.url() != null && !input.url().isBlank()) {
            fields.append(",url");
        }
        if (document != null) {
            fields.append(',').append(DocumentCheck.FIELD);
        }
        return fields.toString();
    }
}
