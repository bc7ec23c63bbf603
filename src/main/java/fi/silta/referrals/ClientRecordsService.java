package fi.silta.referrals;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.referrals.api.ClientRecords;
import fi.silta.referrals.api.ClientRecordsRequest;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * A client's rights under the GDPR, carried out by an admin: a copy of everything held on them, the log of
 * who accessed it, and erasure. Each request names its reason and is itself written to the access log; the
 * access log is never erased.
 */
@ApplicationScoped
public class ClientRecordsService {

    private final ReferralRepository referrals;
    private final ReferralService referralViews;
    private final AuditLog access;
    private final ClientDataCipher cipher;
    private final CurrentUser user;
    private final ReferralsConfig config;

    ClientRecordsService(ReferralRepository referrals, ReferralService referralViews, AuditLog access,
            ClientDataCipher cipher, CurrentUser user, ReferralsConfig config) {
        this.referrals = referrals;
        this.referralViews = referralViews;
        this.access = access;
        this.cipher = cipher;
        this.user = user;
        this.config = config;
    }

    @Transactional
    public ClientRecords export(ClientRecordsRequest request) {
        List<Referral> held = find(request);
        List<ClientRecords.Held> copies = new ArrayList<>();
        for (Referral referral : held) {
            access.record(Trail.CLIENT_DATA,
                    AuditEntry.of(user.username(), Role.ADMIN, "export", "referral", referral.id()).purpose(reason(request)));
            copies.add(new ClientRecords.Held(referralViews.view(referral), referrals.contacts(referral.id()).stream()
                    .map(ReferralService::contactView).toList()));
        }
        return new ClientRecords(copies, log(held));
    }

    @Transactional
    public List<ClientRecords.Access> accessLog(ClientRecordsRequest request) {
        List<Referral> held = find(request);
        held.forEach(r -> access.record(Trail.CLIENT_DATA,
                AuditEntry.of(user.username(), Role.ADMIN, "export-access-log", "referral", r.id()).purpose(reason(request))));
        return log(held);
    }

    /** Erases the client's referrals with their contacts and history; the access log stays. */
    @Transactional
    public int erase(ClientRecordsRequest request) {
        List<Referral> held = find(request);
        for (Referral referral : held) {
            access.record(Trail.CLIENT_DATA,
                    AuditEntry.of(user.username(), Role.ADMIN, "erase", "referral", referral.id()).purpose(reason(request)));
            referrals.delete(referral);
        }
        return held.size();
    }

    private List<ClientRecords.Access> log(List<Referral> held) {
        List<ClientRecords.Access> log = new ArrayList<>();
        for (Referral referral : held) {
            access.accesses("referral", referral.id()).forEach(a -> log.add(new ClientRecords.Access(a.at(), a.actor(),
                    a.role(), a.resourceId(), a.operation(), a.purpose(), a.outcome().name())));
        }
        return log;
    }

    private List<Referral> find(ClientRecordsRequest request) {
        if (request == null || reasonOrNull(request) == null) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "Name the client and the reason",
                    List.of(new FieldError("reason", "required", "Why the data is asked for (the client's request)")));
        }
        if (request.identityCode() != null && !request.identityCode().isBlank()) {
            if (PersonalIdentityCode.parse(request.identityCode(), config.allowTemporaryIdentityCodes()).isEmpty()) {
                throw new ProblemException(400, "invalid-input", "Invalid input", "Not a valid identity code",
                        List.of(new FieldError("identityCode", "invalid-identity-code",
                                "Not a valid personal identity code")));
            }
            return referrals.withIdentityCodeIndex(cipher.index(request.identityCode()));
        }
        if (request.referralId() != null) {
            Referral referral = referrals.findByIdOptional(request.referralId())
                    .orElseThrow(() -> ProblemException.notFound("The referral"));
            if (referral.identityCode() != null) {
                // Every referral of the same person, not only the one named.
                return referrals.withIdentityCodeIndex(cipher.index(referral.identityCode()));
            }
            return List.of(referral);
        }
        throw new ProblemException(400, "invalid-input", "Invalid input", "Name the client",
                List.of(new FieldError("identityCode", "required", "An identity code or a referral id")));
    }

    private static String reasonOrNull(ClientRecordsRequest request) {
        return request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
    }

    private static String reason(ClientRecordsRequest request) {
        String reason = reasonOrNull(request);
        return reason.length() <= 255 ? reason : reason.substring(0, 255);
    }
}
