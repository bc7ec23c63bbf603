package fi.silta.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.search.api.ServiceCriteria;
import fi.silta.search.api.ServiceResult;
import fi.silta.security.CurrentUser;
import fi.silta.services.ServiceCatalogueService;
import fi.silta.services.api.ProfessionalView;
import fi.silta.services.api.ServiceDetail;
import fi.silta.services.api.ServiceForProfessionals;

/**
 * Ongoing services on a referral, beside its activities: found by the same words in the client's municipality with
 * what their organisations tell professionals (for the signed-in nurse or link-person), named on a referral as
 * suggested, and removed. Who may change them is who plans the case's activities (its nurse, or whoever works it);
 * each change is written to the referral's history and to the access log. Only the municipality and the words reach
 * the services' search; the referral and its client never do.
 */
@ApplicationScoped
public class SuggestedServices {

    /** How many services a referral suggests at most, as for activities. */
    static final int MAX_SUGGESTED = 20;
    /** Services shown for one search. */
    static final int FOUND = 10;

    /**
     * A service as a referral page shows it to staff: what residents read of it, and what its organisation tells
     * professionals ({@code professional}, null when it tells nothing). {@code addedBy} and {@code addedAt} are set
     * for a service the referral suggests.
     */
    public record Choice(long id, String name, String organisation, String access, String accessInfo, boolean free,
            String cost, String contactPhone, String contactEmail, Professional professional, String addedBy,
            Instant addedAt) {
    }

    /** What only professionals read: how to refer, the waiting time, the direct line, and notes. */
    public record Professional(String howToRefer, String waitingTime, String contactName, String contactPhone,
            String contactEmail, String notes) {
    }

    private final ReferralAccess access;
    private final ServiceCatalogueService services;
    private final EntityManager entityManager;
    private final CurrentUser user;
    private final Clock clock;

    SuggestedServices(ReferralAccess access, ServiceCatalogueService services, EntityManager entityManager,
            CurrentUser user, Clock clock) {
        this.access = access;
        this.services = services;
        this.entityManager = entityManager;
        this.user = user;
        this.clock = clock;
    }

    /** Published services matching the words and given in the municipality, best first; none for no words. */
    public List<Choice> find(String words, String municipality, Language language) {
        if (words == null || words.isBlank() || words.length() > 200) {
            return List.of();
        }
        Set<String> area = municipality == null || municipality.isBlank() ? Set.of() : Set.of(municipality);
        List<Choice> found = new ArrayList<>();
        for (ServiceResult hit : services.find(new ServiceCriteria(words.strip(), area, Set.of(), Set.of(), null, 1,
                FOUND), language).items()) {
            forStaff(hit.id(), language, null).ifPresent(found::add);
        }
        return found;
    }

    /** The services a form being written has picked, still published, with what professionals read. */
    public List<Choice> chosen(List<Long> serviceIds, Language language) {
        List<Choice> chosen = new ArrayList<>();
        for (Long id : serviceIds.stream().limit(MAX_SUGGESTED).toList()) {
            forStaff(id, language, null).ifPresent(chosen::add);
        }
        return chosen;
    }

    /** The services the referral suggests, still published, for whoever plans the case. */
    @Transactional
    public List<Choice> suggested(long referralId, Language language) {
        Referral referral = access.readable(referralId, "services");
        access.require(access.isRequester(referral) || access.isTarget(referral), referral, "services");
        List<Choice> chosen = new ArrayList<>();
        for (SuggestedService s : of(referralId)) {
            forStaff(s.serviceId(), language, s).ifPresent(chosen::add);
        }
        return chosen;
    }

    /** The nurse who wrote it, or whoever works it, names a published service on an open referral. */
    @Transactional
    public void add(long referralId, long serviceId) {
        Referral referral = changeable(referralId, "suggest-service");
        try {
            services.get(serviceId, Language.FI);
        } catch (ProblemException e) {
            throw InvalidInput.at("service", "unknown-service", "Not a published service");
        }
        List<SuggestedService> current = of(referralId);
        if (current.stream().anyMatch(s -> s.serviceId() == serviceId)) {
            return;
        }
        if (current.size() >= MAX_SUGGESTED) {
            throw InvalidInput.at("service", "too-many", "At most " + MAX_SUGGESTED + " services");
        }
        entityManager.persist(new SuggestedService(referralId, serviceId, user.username(), clock.instant()));
        access.recordEvent(referral, EventKind.SERVICES, referral.status(), referral.status(), null, null,
                "added:" + serviceId);
        access.logged(referralId, "suggest-service");
    }

    /** The same people take a service off an open referral; one it does not suggest changes nothing. */
    @Transactional
    public void remove(long referralId, long serviceId) {
        Referral referral = changeable(referralId, "remove-service");
        SuggestedService suggested = entityManager.find(SuggestedService.class,
                new SuggestedService.Key(referralId, serviceId));
        if (suggested == null) {
            return;
        }
        entityManager.remove(suggested);
        access.recordEvent(referral, EventKind.SERVICES, referral.status(), referral.status(), null, null,
                "removed:" + serviceId);
        access.logged(referralId, "remove-service");
    }

    /**
     * The suggested services as the client's sheet shows them, in the client's language: only what residents may
     * read. For a caller that has checked the referral may be read, in its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<ServiceDetail> forClient(long referralId, Language language) {
        List<ServiceDetail> details = new ArrayList<>();
        for (SuggestedService s : of(referralId)) {
            try {
                details.add(services.get(s.serviceId(), language));
            } catch (ProblemException e) {
                // Withdrawn since it was suggested: left off the sheet.
            }
        }
        return details;
    }

    private Referral changeable(long referralId, String action) {
        Referral referral = access.readable(referralId, action);
        access.require(access.isRequester(referral) || access.isTarget(referral), referral, action);
        if (referral.status().terminal()) {
            throw ProblemException.conflict("A " + referral.status().code() + " referral is not changed");
        }
        return referral;
    }

    private List<SuggestedService> of(long referralId) {
        return entityManager.createQuery("from SuggestedService s where s.referralId = :id order by s.addedAt",
                SuggestedService.class).setParameter("id", referralId).getResultList();
    }

    private Optional<Choice> forStaff(long serviceId, Language language, SuggestedService suggested) {
        ServiceForProfessionals read;
        try {
            read = services.forProfessionals(serviceId, language);
        } catch (ProblemException e) {
            return Optional.empty();
        }
        ServiceDetail d = read.service();
        ProfessionalView about = read.aboutService() != null ? read.aboutService() : read.aboutOrganisation();
        Professional professional = about == null ? null
                : new Professional(about.howToRefer(), about.waitingTime(), about.contactName(), about.contactPhone(),
                        about.contactEmail(), about.notes());
        return Optional.of(new Choice(d.id(), d.name(), d.organisation() == null ? null : d.organisation().label(),
                d.access() == null ? null : d.access().label(), d.accessInfo(), d.free(), d.cost(), d.contactPhone(),
                d.contactEmail(), professional, suggested == null ? null : suggested.addedBy(),
                suggested == null ? null : suggested.addedAt()));
    }
}
