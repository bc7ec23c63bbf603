package fi.silta.referrals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.security.ForbiddenException;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.Inputs;
import fi.silta.common.Language;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.referrals.api.LinkPersonInput;
import fi.silta.referrals.api.LinkPersonView;
import fi.silta.referrals.api.Suggestion;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Link-person profiles and the suggestions a coordinator gets when assigning a case: those who cover the
 * client's municipality first, then those who speak the client's language, then the most room in their
 * caseload; full caseloads last.
 */
@ApplicationScoped
public class LinkPersonService implements PanacheRepositoryBase<LinkPerson, String> {

    private static final List<ReferralStatus> OPEN = List.of(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED,
            ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD);

    private final ReferralRepository referrals;
    private final MunicipalityRepository municipalities;
    private final CurrentUser user;
    private final AuditLog access;

    LinkPersonService(ReferralRepository referrals, MunicipalityRepository municipalities, CurrentUser user,
            AuditLog access) {
        this.referrals = referrals;
        this.municipalities = municipalities;
        this.user = user;
        this.access = access;
    }

    @Transactional
    public List<LinkPersonView> list() {
        requireCoordinator();
        return listAll().stream().sorted(Comparator.comparing(LinkPerson::username)).map(this::view).toList();
    }

    @Transactional
    public LinkPersonView save(String username, LinkPersonInput input) {
        requireCoordinator();
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !username.matches("[^\\p{Cntrl}\\s]{1,255}")) {
            errors.add(new FieldError("username", "invalid-username", "1 to 255 characters without spaces"));
        }
        if (input == null || input.displayName() == null || input.displayName().isBlank()
                || input.displayName().length() > 200) {
            errors.add(new FieldError("displayName", "required", "The name coordinators see"));
        }
        if (input != null && input.email() != null && !input.email().isBlank()
                && !Inputs.isEmail(input.email())) {
            errors.add(new FieldError("email", "invalid-email", "Not an email address"));
        }
        if (input == null || input.capacity() == null || input.capacity() < 0 || input.capacity() > 500) {
            errors.add(new FieldError("capacity", "out-of-range", "Cases at a time, 0 to 500"));
        }
        LinkedHashSet<String> covered = new LinkedHashSet<>();
        for (String code : input == null || input.municipalities() == null ? List.<String> of() : input.municipalities()) {
            if (code == null || municipalities.findById(code.strip()) == null) {
                errors.add(new FieldError("municipalities", "invalid-choice", "Unknown municipality"));
                break;
            }
            covered.add(code.strip());
        }
        LinkedHashSet<String> spoken = new LinkedHashSet<>();
        for (String code : input == null || input.languages() == null ? List.<String> of() : input.languages()) {
            if (code == null || !code.matches("[a-z]{2}")) {
                errors.add(new FieldError("languages", "invalid-language", "Two-letter ISO 639-1 codes"));
                break;
            }
            spoken.add(code);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "The profile has invalid fields",
                    errors);
        }
        LinkPerson existing = findById(username);
        LinkPerson person = existing != null ? existing : new LinkPerson(username);
        person.describe(input.displayName().strip(), input.email() == null || input.email().isBlank() ? null
                : input.email().strip(), input.capacity(), input.active() == null || input.active(), covered, spoken);
        if (existing == null) {
            persist(person);
        }
        return view(person);
    }

    /** Who could take the case, best first. */
    @Transactional
    public List<Suggestion> suggestions(long referralId) {
        requireCoordinator();
        Referral referral = referrals.findByIdOptional(referralId)
                .orElseThrow(() -> ProblemException.notFound("The referral"));
        access.record(Trail.CLIENT_DATA, AuditEntry.of(user.username(), Role.COORDINATOR, "suggest", "referral", referralId)
                .purpose("assigning a link-person"));
        String municipality = referral.municipality().code();
        Language language = referral.language();
        return listAll().stream().filter(LinkPerson::active)
                .map(p -> new Suggestion(p.username(), p.displayName(), p.municipalities().contains(municipality),
                        p.languages().contains(language.code()), openCases(p.username()), p.capacity()))
                .sorted(Comparator.comparing((Suggestion s) -> s.openCases() >= s.capacity())
                        .thenComparing(s -> !s.coversMunicipality())
                        .thenComparing(s -> !s.speaksLanguage())
                        .thenComparing(s -> s.openCases() - s.capacity()))
                .toList();
    }

    public String displayNameOf(String username) {
        return findByIdOptional(username).map(LinkPerson::displayName).orElse(username);
    }

    public String emailOf(String username) {
        return findByIdOptional(username).map(LinkPerson::email).orElse(null);
    }

    private long openCases(String username) {
        return referrals.count("assignedTo = ?1 and status in ?2", username, OPEN);
    }

    private LinkPersonView view(LinkPerson p) {
        return new LinkPersonView(p.username(), p.displayName(), p.email(), p.capacity(), p.active(),
                List.copyOf(p.municipalities()), List.copyOf(p.languages()), openCases(p.username()));
    }

    private void requireCoordinator() {
        if (!user.has(Role.COORDINATOR)) {
            throw new ForbiddenException("Coordinators keep link-person profiles");
        }
    }
}
