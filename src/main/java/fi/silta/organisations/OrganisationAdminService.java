package fi.silta.organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.Inputs;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.organisations.api.MunicipalityChoice;
import fi.silta.organisations.api.OrganisationRequestInput;
import fi.silta.organisations.api.OrganisationRequestView;
import fi.silta.organisations.api.OrganisationSummary;
import fi.silta.organisations.api.RejectionInput;
import fi.silta.organisations.api.RequestPage;
import fi.silta.organisations.api.RequestReceived;
import fi.silta.organisations.api.Username;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.reference.ReferenceNames;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Organisations joining Silta and who publishes for them: a public request, an admin's decision (approval
 * creates the organisation), and the memberships that let a publisher act for an organisation. Every
 * decision and membership change is audited; the audit names no personal data.
 */
@ApplicationScoped
public class OrganisationAdminService {

    private static final String REQUEST = "organisation_request";
    private static final String ORGANISATION = "organisation";
    private static final String SYSTEM = "system";

    private final OrganisationRequestRepository requests;
    private final OrganisationRepository organisations;
    private final MunicipalityRepository municipalities;
    private final ReferenceNames names;
    private final OrganisationMapper mapper;
    private final AuditLog audit;
    private final CurrentUser user;
    private final Clock clock;
    private final OrganisationsConfig config;
    private final Event<JoinInvitations.Approved> approvals;

    OrganisationAdminService(OrganisationRequestRepository requests, OrganisationRepository organisations,
            MunicipalityRepository municipalities, ReferenceNames names, OrganisationMapper mapper, AuditLog audit,
            CurrentUser user, Clock clock, OrganisationsConfig config, Event<JoinInvitations.Approved> approvals) {
        this.requests = requests;
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.names = names;
        this.mapper = mapper;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
        this.config = config;
        this.approvals = approvals;
    }

    // Requests

    /**
     * Anyone may ask. The input's fields are checked by their declared constraints before anything runs; what
     * only the reference data can tell (is there such a municipality) is checked here. Nothing is stored until
     * all is well.
     */
    @Transactional
    public RequestReceived submit(@Valid @NotNull OrganisationRequestInput input, Language pageLanguage) {
        Municipality municipality = municipalities.findById(input.municipality());
        if (municipality == null) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "The request has invalid fields",
                    List.of(new FieldError("municipality", "invalid-choice", "Unknown municipality")));
        }
        Language language = Language.fromCode(input.language()).orElse(pageLanguage);
        OrganisationRequest request = new OrganisationRequest(Inputs.clean(input.name()), input.type(),
                Inputs.clean(input.businessId()), municipality, Inputs.clean(input.website()),
                Inputs.clean(input.contactName()), Inputs.clean(input.contactEmail()),
                Inputs.clean(input.contactPhone()), Inputs.clean(input.message()), language, clock.instant());
        requests.persist(request);
        requests.flush();
        audit.record(Trail.CHANGES,
                AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "request", REQUEST, request.id()));
        return mapper.received(request);
    }

    /** The municipalities a request may name, in the alphabetical order of the language. */
    public List<MunicipalityChoice> municipalities(Language language) {
        return names.municipalities(language).stream().map(m -> new MunicipalityChoice(m.code(), m.name()))
                .toList();
    }

    /** A page of the requests with a status, oldest first, and how many there are in all. */
    @Transactional
    public RequestPage requests(RequestStatus status, int page, int size, Language language) {
        return new RequestPage(requests.countWithStatus(status), page, size,
                requests.withStatus(status, page, size).stream().map(r -> mapper.view(r, language)).toList());
    }

    /** Every request with the given status (null: every request), oldest first, for the admin's list to filter. */
    @Transactional
    public List<OrganisationRequestView> allRequests(RequestStatus status, Language language) {
        return requests.all(status).stream().map(r -> mapper.view(r, language)).toList();
    }

    /** One request still waiting for a decision, if there is such. */
    @Transactional
    public Optional<OrganisationRequestView> pending(long id, Language language) {
        return requests.findByIdOptional(id).filter(r -> r.status() == RequestStatus.PENDING)
                .map(r -> mapper.view(r, language));
    }

    /** Any request, decided or not. */
    @Transactional
    public Optional<OrganisationRequestView> request(long id, Language language) {
        return requests.findByIdOptional(id).map(request -> mapper.view(request, language));
    }

    /** The latest decisions, newest first. */
    @Transactional
    public List<OrganisationRequestView> latestDecided(int limit, Language language) {
        return requests.latestDecided(limit).stream().map(r -> mapper.view(r, language)).toList();
    }

    /** What a retention run did: requests closed as expired, and requests cleared of their contact details. */
    public record Retention(int expired, int cleared) {
    }

    /**
     * Closes the requests left undecided longer than {@code silta.organisations.undecided-requests-expire-after},
     * and clears the contact person's details and message of requests decided longer than
     * {@code silta.organisations.request-contact-kept-for} ago. Each is written to the change trail.
     */
    @Transactional
    public Retention expireRequests() {
        Instant now = clock.instant();
        int expired = 0;
        for (OrganisationRequest request : requests.pendingSince(now.minus(config.undecidedRequestsExpireAfter()))) {
            request.reject("expired: not decided in time", SYSTEM, now);
            audit.record(Trail.CHANGES, AuditEntry.of(SYSTEM, "retention", "expire", REQUEST, request.id()));
            expired++;
        }
        int cleared = 0;
        for (OrganisationRequest request : requests.decidedWithContactBefore(now.minus(config.requestContactKeptFor()))) {
            request.forgetContact(now);
            audit.record(Trail.CHANGES, AuditEntry.of(SYSTEM, "retention", "forget-contact", REQUEST, request.id()));
            cleared++;
        }
        return new Retention(expired, cleared);
    }

    /** Approves a pending request: the organisation is created, verified, with its website. */
    @Transactional
    public OrganisationRequestView approve(long id, Language language) {
        OrganisationRequest request = pending(id);
        if (request.businessId() != null && organisations.findByBusinessId(request.businessId()).isPresent()) {
            throw ProblemException.conflict("An organisation with this business id is already listed");
        }
        LocalizedText name = switch (request.language()) {
            case FI -> LocalizedText.of(request.name(), null, null);
            case SV -> LocalizedText.of(null, request.name(), null);
            case EN -> LocalizedText.of(null, null, request.name());
        };
        Organisation organisation = new Organisation(name, request.type(), request.businessId());
        organisation.setCounty(request.municipality().county());
        organisation.serve(Set.of(request.municipality()));
        // The requester's contact details were given for the decision, not for publishing: only the website
        // becomes public; the organisation's publishers add a public email and phone themselves.
        organisation.setContact(null, null, request.website());
        organisation.markVerified(true);
        organisations.persist(organisation);
        request.approve(organisation, user.username(), clock.instant());
        request.nameDecider(user.displayName().orElse(null));
        organisations.flush();
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "approve", REQUEST, id)
                .organisation(organisation.id()));
        audit.record(Trail.CHANGES,
                AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "create", ORGANISATION, organisation.id())
                        .organisation(organisation.id()).details("from request " + id));
        // The requester hears of it once the approval is committed, in the language they wrote in.
        approvals.fire(new JoinInvitations.Approved(id, request.contactEmail(), request.contactName(),
                request.name(), request.language()));
        return mapper.view(request, language);
    }

    @Transactional
    public OrganisationRequestView reject(long id, @Valid @NotNull RejectionInput rejection, Language language) {
        OrganisationRequest request = pending(id);
        request.reject(Inputs.clean(rejection.reason()), user.username(), clock.instant());
        request.nameDecider(user.displayName().orElse(null));
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "reject", REQUEST, id));
        return mapper.view(request, language);
    }

    private OrganisationRequest pending(long id) {
        OrganisationRequest request = requests.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("The request"));
        if (request.status() != RequestStatus.PENDING) {
            throw ProblemException.conflict("The request was already " + request.status().name().toLowerCase(Locale.ROOT));
        }
        return request;
    }

    // Organisations and memberships

    /** Organisations by name, optionally those whose name contains the given text. */
    @Transactional
    public List<OrganisationSummary> organisations(String query, Language language) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return organisations.listAll().stream()
                .map(o -> mapper.summary(o, language))
                .filter(o -> wanted.isEmpty() || o.name().toLowerCase(Locale.ROOT).contains(wanted)
                        || (o.businessId() != null && o.businessId().contains(wanted)))
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional
    public OrganisationSummary organisation(long id, Language language) {
        return mapper.summary(find(id), language);
    }

    @Transactional
    public OrganisationSummary addMember(long id, @NotNull @Username String username, Language language) {
        Organisation organisation = find(id);
        organisation.addMember(username);
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "add-member", ORGANISATION, id)
                .organisation(id).details("member added"));
        return mapper.summary(organisation, language);
    }

    @Transactional
    public OrganisationSummary removeMember(long id, @NotNull @Username String username, Language language) {
        Organisation organisation = find(id);
        if (!organisation.removeMember(username)) {
            throw ProblemException.notFound("The member");
        }
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "remove-member", ORGANISATION, id)
                .organisation(id).details("member removed"));
        return mapper.summary(organisation, language);
    }

    private Organisation find(long id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The organisation"));
    }
}
