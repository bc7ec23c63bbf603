package fi.silta.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
 * A client's data under the GDPR. An admin carries out the client's requests: a copy of everything held on them,
 * the log of who accessed it, and erasure; each request names its reason and is itself written to the access log.
 * Closed referrals are pseudonymised once their retention period ends. The access log is never erased.
 */
@ApplicationScoped
public class ClientRecordsService {

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
            copies.add(new ClientRecords.Held(mapper.view(referral, referrals.events(referral.id())),
                    referrals.contacts(referral.id()).stream().map(mapper::contact).toList()));
        }
        return new ClientRecords(copies, accesses(held));
    }

    @Transactional
    @RolesAllowed(Role.ADMIN)
    public List<ClientRecords.Access> accessLog(@Valid @NotNull ClientRecordsRequest request) {
        List<Referral> held = find(request);
        held.forEach(referral -> logged(referral, "export-access-log", request));
        return accesses(held);
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

    /**
     * Pseudonymises referrals closed longer than {@code silta.referrals.pseudonymise-after} ago, with their
     * contact notes; the access log keeps every entry. Runs nightly; returns how many were pseudonymised.
     */
    @Transactional
    public int pseudonymiseClosed() {
        Instant now = clock.instant();
        int count = 0;
        for (Referral referral : referrals.closedBefore(now.minus(config.pseudonymiseAfter()))) {
            referral.pseudonymise(now);
            referrals.contacts(referral.id()).forEach(ReferralContact::forgetNote);
            log.record(Trail.CLIENT_DATA, AuditEntry.of("system", "retention", "pseudonymise", "referral",
                    referral.id()).purpose("retention period ended"));
            count++;
        }
        return count;
    }

    private void logged(Referral referral, String action, ClientRecordsRequest request) {
        log.record(Trail.CLIENT_DATA,
                AuditEntry.of(user.username(), Role.ADMIN, action, "referral", referral.id()).purpose(request.reason()));
    }

    private List<ClientRecords.Access> accesses(List<Referral> held) {
        List<ClientRecords.Access> accesses = new ArrayList<>();
        for (Referral referral : held) {
            log.accesses("referral", referral.id()).forEach(a -> accesses.add(new ClientRecords.Access(a.at(),
                    a.actor(), a.role(), a.resourceId(), a.operation(), a.purpose(), a.outcome().name())));
        }
        return accesses;
    }

    /** The client's referrals: every one with the same identity code, also when a referral names the client. */
    private List<Referral> find(ClientRecordsRequest request) {
        if (request.identityCode() != null) {
            return referrals.withIdentityCodeIndex(cipher.index(request.identityCode()));
        }
        if (request.referralId() == null) {
            throw InvalidInput.at("identityCode", "required", "An identity code or a referral id");
        }
        Referral referral = referrals.findByIdOptional(request.referralId())
                .orElseThrow(() -> ProblemException.notFound("The referral"));
        String code = referral.client().identityCode();
        return code == null ? List.of(referral) : referrals.withIdentityCodeIndex(cipher.index(code));
    }
}
