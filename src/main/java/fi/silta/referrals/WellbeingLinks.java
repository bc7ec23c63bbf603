package fi.silta.referrals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.referrals.api.ClientAnswersInput;
import fi.silta.referrals.api.LinkRoundInput;
import fi.silta.referrals.api.WellbeingLinkView;
import fi.silta.security.CurrentUser;

/**
 * One-time links through which the client answers the wellbeing self-report without signing in. Whoever works the
 * case makes one and gives it to the client; the link's token is 32 random bytes that name nobody, only its hash
 * is stored, and the first answer spends it. A spent, expired or unknown link answers the same 404, so that tokens
 * cannot be told apart by trying them.
 */
@ApplicationScoped
public class WellbeingLinks {

    /** The path of the client's answer page; the token follows it. */
    public static final String PAGE = "/wellbeing/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReferralRepository referrals;
    private final ReferralAccess access;
    private final AuditLog log;
    private final CurrentUser user;
    private final ReferralsConfig config;
    private final Clock clock;

    WellbeingLinks(ReferralRepository referrals, ReferralAccess access, AuditLog log, CurrentUser user,
            ReferralsConfig config, Clock clock) {
        this.referrals = referrals;
        this.access = access;
        this.log = log;
        this.user = user;
        this.config = config;
        this.clock = clock;
    }

    /** Makes a link for one round of the case's self-report; only whoever works the case does. */
    @Transactional
    public WellbeingLinkView make(long id, @Valid @NotNull LinkRoundInput input) {
        Referral referral = access.readable(id, "wellbeing-link");
        access.require(access.isTarget(referral), referral, "wellbeing-link");
        if (referral.status().terminal() || referral.status() == ReferralStatus.DRAFT) {
            throw ProblemException.conflict("A " + referral.status().code() + " referral takes no answers");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(config.wellbeingLinkValidFor());
        referrals.getEntityManager()
                .persist(new WellbeingLink(id, input.round(), hash(token), expires, user.username(), now));
        access.logged(id, "wellbeing-link");
        return new WellbeingLinkView(input.round(), config.publicUrl() + PAGE + token, expires);
    }

    /** What the client's answer page needs of an open link: its round and the client's language. */
    public record OpenLink(SelfReportRound round, Language language) {
    }

    /** Whether the token is a link that still takes an answer. */
    @Transactional
    public boolean open(String token) {
        return openLink(token).isPresent();
    }

    /**
     * The round and the client's language of a link that still takes an answer; empty for a link spent, expired or
     * unknown. Opening the page changes nothing, so a link preview cannot spend the link.
     */
    @Transactional
    public Optional<OpenLink> openLink(String token) {
        WellbeingLink link = find(token);
        if (link == null || !link.open(clock.instant())) {
            return Optional.empty();
        }
        Referral referral = referrals.findById(link.referralId());
        return Optional.of(new OpenLink(link.round(), referral.client().language()));
    }

    /** The client's answer through the link; spends it. 404 for a link spent, expired or unknown. */
    @Transactional
    public void answer(String token, @Valid @NotNull ClientAnswersInput input) {
        WellbeingLink link = find(token);
        Instant now = clock.instant();
        if (link == null || !link.open(now)) {
            throw ProblemException.notFound("No such link, or it has been used or has expired");
        }
        link.spend(now);
        WellbeingAnswer answer = referrals.getEntityManager()
                .createQuery("from WellbeingAnswer a where a.referralId = :id and a.round = :round",
                        WellbeingAnswer.class)
                .setParameter("id", link.referralId()).setParameter("round", link.round()).getResultStream()
                .findFirst().orElse(null);
        if (answer == null) {
            answer = new WellbeingAnswer(link.referralId(), link.round());
            answer.answer(input.who5(), input.ucla3(), "client", now);
            referrals.getEntityManager().persist(answer);
        } else {
            answer.answer(input.who5(), input.ucla3(), "client", now);
        }
        log.record(Trail.CLIENT_DATA, AuditEntry.of("client", "client", "wellbeing-answer-by-link", "referral",
                link.referralId()).purpose(ReferralAccess.PURPOSE));
        referrals.flush();
    }

    private WellbeingLink find(String token) {
        if (token == null || token.length() > 64) {
            return null;
        }
        return referrals.getEntityManager()
                .createQuery("from WellbeingLink l where l.tokenHash = :hash", WellbeingLink.class)
                .setParameter("hash", hash(token)).getResultStream().findFirst().orElse(null);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
