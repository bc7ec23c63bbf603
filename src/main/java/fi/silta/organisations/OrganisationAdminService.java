package fi.silta.organisations;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.BusinessId;
import fi.silta.common.Inputs;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.organisations.api.OrganisationRequestInput;
import fi.silta.organisations.api.OrganisationRequestView;
import fi.silta.organisations.api.OrganisationSummary;
import fi.silta.organisations.api.RequestReceived;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
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
    private static final Pattern USERNAME = Pattern.compile("[^\\p{Cntrl}\\s]{1,255}");

    private final OrganisationRequestRepository requests;
    private final OrganisationRepository organisations;
    private final MunicipalityRepository municipalities;
    private final AuditLog audit;
    private final CurrentUser user;
    private final Clock clock;

    OrganisationAdminService(OrganisationRequestRepository requests, OrganisationRepository organisations,
            MunicipalityRepository municipalities, AuditLog audit, CurrentUser user, Clock clock) {
        this.requests = requests;
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    // Requests

    /** Anyone may ask; every problem is named by field, and nothing is stored until all is well. */
    @Transactional
    public RequestReceived submit(OrganisationRequestInput input, Language pageLanguage) {
        if (input == null) {
            throw ProblemException.invalidParameter("body", "Send the request");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = required(errors, "name", input.name(), 200);
        OrganisationType type = null;
        if (blank(input.type())) {
            errors.add(new FieldError("type", "required", "Choose the kind of organisation"));
        } else {
            try {
                type = OrganisationType.valueOf(input.type().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("type", "invalid-choice", "Not one of the kinds of organisation"));
            }
        }
        String businessId = Inputs.clean(input.businessId());
        if (businessId != null && !BusinessId.isValid(businessId)) {
            errors.add(new FieldError("businessId", "invalid-business-id", "Not a valid business id (Y-tunnus)"));
        }
        Municipality municipality = null;
        if (blank(input.municipality())) {
            errors.add(new FieldError("municipality", "required", "Choose the municipality"));
        } else {
            municipality = municipalities.findById(input.municipality().strip());
            if (municipality == null) {
                errors.add(new FieldError("municipality", "invalid-choice", "Unknown municipality"));
            }
        }
        String website = Inputs.clean(input.website());
        if (website != null && !isWebAddress(website)) {
            errors.add(new FieldError("website", "invalid-url", "Give a web address starting with https://"));
        }
        String contactName = required(errors, "contactName", input.contactName(), 200);
        String email = required(errors, "contactEmail", input.contactEmail(), 254);
        if (email != null && !Inputs.isEmail(email)) {
            errors.add(new FieldError("contactEmail", "invalid-email", "Not an email address"));
        }
        String phone = Inputs.clean(input.contactPhone());
        if (phone != null && !Inputs.isPhone(phone)) {
            errors.add(new FieldError("contactPhone", "invalid-phone", "Not a phone number"));
        }
        String message = Inputs.clean(input.message());
        if (message != null && message.length() > 2000) {
            errors.add(new FieldError("message", "too-long", "At most 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "The request has invalid fields",
                    errors);
        }
        Language language = Language.fromCode(input.language()).orElse(pageLanguage);
        OrganisationRequest request = new OrganisationRequest(name, type, businessId, municipality, website,
                contactName, email, phone, message, language, clock.instant());
        requests.persist(request);
        requests.flush();
        audit.record(Trail.CHANGES,
                AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "request", REQUEST, request.id()));
        return new RequestReceived(request.id(), request.status().name());
    }

    @Transactional
    public List<OrganisationRequestView> requests(RequestStatus status, Language language) {
        return requests.withStatus(status).stream().map(r -> view(r, language)).toList();
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
        organisations.flush();
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "approve", REQUEST, id)
                .organisation(organisation.id()));
        audit.record(Trail.CHANGES,
                AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "create", ORGANISATION, organisation.id())
                        .organisation(organisation.id()).details("from request " + id));
        return view(request, language);
    }

    @Transactional
    public OrganisationRequestView reject(long id, String reason, Language language) {
        OrganisationRequest request = pending(id);
        String cleaned = Inputs.clean(reason);
        if (cleaned != null && cleaned.length() > 2000) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "The reason is too long",
                    List.of(new FieldError("reason", "too-long", "At most 2000 characters")));
        }
        request.reject(cleaned, user.username(), clock.instant());
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "reject", REQUEST, id));
        return view(request, language);
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
                .map(o -> summary(o, language))
                .filter(o -> wanted.isEmpty() || o.name().toLowerCase(Locale.ROOT).contains(wanted)
                        || (o.businessId() != null && o.businessId().contains(wanted)))
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional
    public OrganisationSummary organisation(long id, Language language) {
        return summary(find(id), language);
    }

    @Transactional
    public OrganisationSummary addMember(long id, String username, Language language) {
        Organisation organisation = find(id);
        String name = username(username);
        organisation.addMember(name);
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "add-member", ORGANISATION, id)
                .organisation(id).details("member added"));
        return summary(organisation, language);
    }

    @Transactional
    public OrganisationSummary removeMember(long id, String username, Language language) {
        Organisation organisation = find(id);
        if (!organisation.removeMember(username(username))) {
            throw ProblemException.notFound("The member");
        }
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "remove-member", ORGANISATION, id)
                .organisation(id).details("member removed"));
        return summary(organisation, language);
    }

    private Organisation find(long id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The organisation"));
    }

    private static String username(String username) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "Not a user name",
                    List.of(new FieldError("username", "invalid-username",
                            "A user name is 1 to 255 characters without spaces")));
        }
        return name;
    }

    private static OrganisationSummary summary(Organisation o, Language language) {
        String name = o.name().resolve(language);
        return new OrganisationSummary(o.id(), name == null ? "" : name, o.type().name(), o.businessId(), o.verified(),
                List.copyOf(o.members()));
    }

    private static OrganisationRequestView view(OrganisationRequest r, Language language) {
        return new OrganisationRequestView(r.id(), r.status().name(), r.name(), r.type().name(), r.businessId(),
                r.municipality().code(), r.municipality().name().resolve(language), r.website(), r.contactName(),
                r.contactEmail(), r.contactPhone(), r.message(), r.language().code(), r.createdAt(), r.decidedBy(),
                r.decidedAt(), r.decisionReason(), r.organisation() == null ? null : r.organisation().id());
    }

    private static String required(List<FieldError> errors, String field, String value, int max) {
        String cleaned = Inputs.clean(value);
        if (cleaned == null) {
            errors.add(new FieldError(field, "required", "This is needed"));
        } else if (cleaned.length() > max) {
            errors.add(new FieldError(field, "too-long", "At most " + max + " characters"));
        }
        return cleaned;
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return value.length() <= 2048 && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
