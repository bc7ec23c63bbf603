package fi.silta.referrals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.Language;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.referrals.api.LinkPersonInput;
import fi.silta.referrals.api.LinkPersonView;
import fi.silta.referrals.api.MunicipalityChoice;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Link-person profiles as coordinators keep them: the municipalities each covers, their languages and how many
 * cases they take at a time; and how a client's printed referral names their link-person.
 */
@ApplicationScoped
public class LinkPersonService {

    /** A link-person as the client's sheet names them. */
    public record Contact(String name, String email) {
    }

    private final LinkPersonRepository linkPersons;
    private final ReferralRepository referrals;
    private final MunicipalityRepository municipalities;
    private final ReferralMapper mapper;
    private final UserCounties counties;
    private final AuditLog log;
    private final CurrentUser user;

    LinkPersonService(LinkPersonRepository linkPersons, ReferralRepository referrals,
            MunicipalityRepository municipalities, ReferralMapper mapper, UserCounties counties, AuditLog log,
            CurrentUser user) {
        this.linkPersons = linkPersons;
        this.referrals = referrals;
        this.municipalities = municipalities;
        this.mapper = mapper;
        this.counties = counties;
        this.log = log;
        this.user = user;
    }

    @Transactional
    @RolesAllowed(Role.COORDINATOR)
    public List<LinkPersonView> list() {
        return linkPersons.listAll().stream().sorted(Comparator.comparing(LinkPerson::username))
                .map(p -> mapper.linkPerson(p, referrals.openCasesOf(p.username()))).toList();
    }

    /**
     * Creates or changes a profile; every municipality must be a known one (400 at the field otherwise). The change
     * trail records who changed whose profile and which fields, above all the email address the link-person's
     * assignment notices go to.
     */
    @Transactional
    @RolesAllowed(Role.COORDINATOR)
    public LinkPersonView save(@NotNull @Size(max = 255) @Pattern(regexp = LinkPersonInput.USERNAME) String username,
            @Valid @NotNull LinkPersonInput input) {
        if (input.municipalities().stream().anyMatch(code -> municipalities.findById(code) == null)) {
            throw InvalidInput.at("municipalities", "invalid-choice", "Unknown municipality");
        }
        LinkPerson person = linkPersons.findByIdOptional(username).orElse(null);
        boolean created = person == null;
        if (created) {
            person = new LinkPerson(username);
        }
        List<String> changed = new ArrayList<>();
        boolean active = input.active() == null || input.active();
        changedIf(changed, "displayName", created || !Objects.equals(person.displayName(), input.displayName()));
        changedIf(changed, "email", created || !Objects.equals(person.email(), input.email()));
        changedIf(changed, "capacity", created || person.capacity() != input.capacity());
        changedIf(changed, "active", created || person.active() != active);
        changedIf(changed, "municipalities",
                created || !person.municipalities().equals(new LinkedHashSet<>(input.municipalities())));
        changedIf(changed, "languages", created || !person.languages().equals(new LinkedHashSet<>(input.languages())));
        person.describe(input.displayName(), input.email(), input.capacity(), active,
                new LinkedHashSet<>(input.municipalities()), new LinkedHashSet<>(input.languages()));
        if (created) {
            linkPersons.persist(person);
        }
        log.record(Trail.CHANGES, AuditEntry.of(user.username(), Role.COORDINATOR, created ? "create" : "update",
                "link_person", null).details("link-person " + username + "; fields: " + String.join(", ", changed)));
        return mapper.linkPerson(person, referrals.openCasesOf(username));
    }

    private static void changedIf(List<String> changed, String field, boolean differs) {
        if (differs) {
            changed.add(field);
        }
    }

    /** The municipalities of the counties the coordinator works in, where their link-persons work. */
    @Transactional
    public List<MunicipalityChoice> municipalities(Language language) {
        return counties.counties().stream().flatMap(county -> municipalities.inCounty(county).stream())
                .map(m -> new MunicipalityChoice(m.code(), m.name().resolve(language)))
                .sorted(Comparator.comparing(MunicipalityChoice::name)).toList();
    }

    /** The link-person's name and email for the client, or their user name when they keep no profile. */
    @Transactional
    public Optional<Contact> contactOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return Optional.of(linkPersons.findByIdOptional(username).map(p -> new Contact(p.displayName(), p.email()))
                .orElse(new Contact(username, null)));
    }
}
