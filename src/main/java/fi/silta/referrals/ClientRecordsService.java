package fi.silta.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.problem.ProblemException;
import fi.silta.referrals.api.ClientRecords;
import fi.silta.referrals.api.ClientRecordsRequest;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * A client's data under the GDPR. An admin carries out the client's requests: a copy of everything held on them
 * (the only place the identity code is shown whole), the log of who accessed it, and erasure; each request names
 * its purpose code and case number and is itself written to the access log, as is every search by identity code,
 * found or not. Closed referrals end their retention period pseudonymised for statistics when the client consented
 * to statistics, erased otherwise. The access log is never erased.
 */
@ApplicationScoped
public class ClientRecordsService {

    /** The access log's resource type of a search for a client by identity code. */
    private static final String LOOKUP = "client";

    private final ReferralRepository referrals;
    private final ReferralMapper mapper;
    private final AuditLog log;
    private final ClientDataCipher cipher;
    private final CurrentUser user;
    private final ReferralsConfig config;
    private final Clock clock;

    ClientRecordsService(ReferralRepository referrals, ReferralMapper mapper, AuditLog log, ClientDataCipher cipher,
            CurrentUser user, ReferralsConfig config, Clock clock) {
        this.referrals = referrals;
        this.mapper = mapper;
        this.log = log;
        this.cipher = cipher;
        this.user = user;
        this.config = config;
        this.clock = clock;
    }

    /** Everything held on the client: their referrals with contacts and history, and who accessed them. */
    @Transactional
    @RolesAllowed(Role.ADMIN)
    public ClientRecords export(@Valid @NotNull ClientRecordsRequest request) {
        List<Referral> held = find(request);
        List<ClientRecords.Held> copies = new ArrayList<>();
        for (Referral referral : held) {
            logged(referral, "export", request);
            copies.add(new ClientRecords.Held(
                    mapper.view(referral, referrals.events(referral.id()), ReferralMapper.Sight.EXPORT),
                    referrals.contacts(referral.id()).stream().map(mapper::contact).toList()));
        }
        return new ClientRecords(copies, accesses(held, request));
    }

    @Transactional
    @RolesAllowed(Role.ADMIN)
    public List<ClientRecords.Access> accessLog(@Valid @NotNull ClientRecordsRequest request) {
        List<Referral> held = find(request);
        held.forEach(referral -> logged(referral, "export-access-log", request));
        return accesses(held, request);
    }

    /** Erases the client's referrals with their contacts and history; the access log stays. */
    @Transactional
    @RolesAllowed(Role.ADMIN)
    public int erase(@Valid @NotNull ClientRecordsRequest request) {
        List<Referral> held = find(request);
        for (Referral referral : held) {
            logged(referral, "erase", request);
            referrals.delete(referral);
        }
        return held.size();
    }

    /** What a retention run did: referrals kept pseudonymised for statistics, and referrals erased. */
    public record Retention(int pseudonymised, int erased) {
    }

    /**
     * Ends the retention period of referrals closed longer than {@code silta.referrals.pseudonymise-after} ago. When
     * the client consented to anonymous statistics the referral stays pseudonymised: who the client is and what
     * anyone wrote about them (interests, reasons, contact notes, the reasons of every change) go, the facts for
     * statistics stay. Without that consent there is no ground to keep even that, and the referral is erased. The
     * access log keeps every entry. Runs nightly.
     */
    @Transactional
    public Retention pseudonymiseClosed() {
        Instant now = clock.instant();
        int pseudonymised = 0;
        int erased = 0;
        for (Referral referral : referrals.closedBefore(now.minus(config.pseudonymiseAfter()))) {
            if (referral.consented(ConsentRecipient.ANONYMOUS_STATISTICS)) {
                referral.pseudonymise(now);
                referrals.contacts(referral.id()).forEach(ReferralContact::forgetNote);
                referrals.events(referral.id()).forEach(ReferralEvent::forgetReason);
                forgetSelfReport(referral.id());
                log.record(Trail.CLIENT_DATA, AuditEntry.of("system", "retention", "pseudonymise", "referral",
                        referral.id()).purpose("retention period ended"));
                pseudonymised++;
            } else {
                log.record(Trail.CLIENT_DATA, AuditEntry.of("system", "retention", "erase", "referral",
                        referral.id()).purpose("retention period ended; no consent to statistics"));
                referrals.delete(referral);
                erased++;
            }
        }
        return new Retention(pseudonymised, erased);
    }

    /**
     * The self-report of a pseudonymised referral keeps each round's two scores for the change report; the item
     * answers, who recorded them and when, and the one-time links (who made them, when) go.
     */
    private void forgetSelfReport(long referralId) {
        EntityManager em = referrals.getEntityManager();
        em.createQuery("from WellbeingAnswer a where a.referralId = :id", WellbeingAnswer.class)
                .setParameter("id", referralId).getResultList().forEach(WellbeingAnswer::keepScoresOnly);
        em.createQuery("delete from WellbeingLink l where l.referralId = :id").setParameter("id", referralId)
                .executeUpdate();
    }

    private void logged(Referral referral, String action, ClientRecordsRequest request) {
        log.record(Trail.CLIENT_DATA, AuditEntry.of(user.username(), Role.ADMIN, action, "referral", referral.id())
                .purpose(request.recordedPurpose()));
    }

    /** Who reached the referrals, and who searched for the client by identity code. */
    private List<ClientRecords.Access> accesses(List<Referral> held, ClientRecordsRequest request) {
        List<AuditEntry> entries = new ArrayList<>();
        for (Referral referral : held) {
            entries.addAll(log.accesses("referral", referral.id()));
        }
        String code = request.identityCode() != null ? request.identityCode()
                : held.stream().map(r -> r.client().identityCode()).filter(c -> c != null).findFirst().orElse(null);
        if (code != null) {
            entries.addAll(log.accessesWithDetails(LOOKUP, lookupDetails(code)));
        }
        return entries.stream().sorted(Comparator.comparing(AuditEntry::at))
                .map(a -> new ClientRecords.Access(a.at(), a.actor(), a.role(), a.resourceId(), a.operation(),
                        a.purpose(), a.outcome().name()))
                .toList();
    }

    /**
     * The client's referrals: every one with the same identity code, also when a referral names the client. A
     * search by identity code is written to the access log whether or not it finds anything, naming the code by its
     * keyed hash only.
     */
    private List<Referral> find(ClientRecordsRequest request) {
        if (request.identityCode() != null) {
            List<Referral> found = referrals.withIdentityCodeIndex(cipher.index(request.identityCode()));
            log.record(Trail.CLIENT_DATA, AuditEntry.of(user.username(), Role.ADMIN, "find-by-identity-code", LOOKUP,
                    null).purpose(request.recordedPurpose()).details(lookupDetails(request.identityCode())));
            return found;
        }
        if (request.referralId() == null) {
            throw InvalidInput.at("identityCode", "required", "An identity code or a referral id");
        }
        Referral referral = referrals.findByIdOptional(request.referralId())
                .orElseThrow(() -> ProblemException.notFound("The referral"));
        String code = referral.client().identityCode();
        return code == null ? List.of(referral) : referrals.withIdentityCodeIndex(cipher.index(code));
    }

    private String lookupDetails(String identityCode) {
        return "identity code index " + cipher.index(identityCode);
    }
}
