package fi.silta.referrals;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.common.problem.ProblemException;
import fi.silta.referrals.api.WellbeingInput;
import fi.silta.referrals.api.WellbeingView;
import fi.silta.security.CurrentUser;

/**
 * The client's wellbeing self-report (WHO-5 and UCLA-3) at the start and at follow-up of a referral: entered by
 * whoever works the case, read by those who may read its contact log, each reach written to the access log.
 */
@ApplicationScoped
public class WellbeingService {

    private final ReferralRepository referrals;
    private final ReferralAccess access;
    private final CurrentUser user;
    private final Clock clock;

    WellbeingService(ReferralRepository referrals, ReferralAccess access, CurrentUser user, Clock clock) {
        this.referrals = referrals;
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    /** Records (or replaces) one round's answers; 409 on a referral not yet sent or entered in error. */
    @Transactional
    public WellbeingView record(long id, @Valid @NotNull WellbeingInput input) {
        Referral referral = access.readable(id, "wellbeing-answer");
        access.require(access.isTarget(referral), referral, "wellbeing-answer");
        if (referral.status() == ReferralStatus.DRAFT || referral.status() == ReferralStatus.ENTERED_IN_ERROR) {
            throw ProblemException.conflict("A " + referral.status().code() + " referral takes no answers");
        }
        WellbeingAnswer answer = answers(id).stream().filter(a -> a.round() == input.round()).findFirst()
                .orElse(null);
        if (answer == null) {
            answer = new WellbeingAnswer(id, input.round());
            answer.answer(input.who5(), input.ucla3(), user.username(), clock.instant());
            referrals.getEntityManager().persist(answer);
        } else {
            answer.answer(input.who5(), input.ucla3(), user.username(), clock.instant());
        }
        access.logged(id, "wellbeing-answer");
        referrals.flush();
        return view(answer);
    }

    /** The rounds answered, start first; for those who may read the case's contact log. */
    @Transactional
    public List<WellbeingView> read(long id) {
        Referral referral = access.readable(id, "wellbeing");
        access.require(access.mayReadContacts(referral), referral, "wellbeing");
        access.logged(id, "wellbeing");
        return answers(id).stream().map(WellbeingService::view).toList();
    }

    private List<WellbeingAnswer> answers(long id) {
        return referrals.getEntityManager()
                .createQuery("from WellbeingAnswer a where a.referralId = :id", WellbeingAnswer.class)
                .setParameter("id", id).getResultList().stream()
                .sorted(Comparator.comparing(WellbeingAnswer::round)).toList();
    }

    static WellbeingView view(WellbeingAnswer answer) {
        int raw = answer.who5Raw();
        int loneliness = answer.ucla3Score();
        return new WellbeingView(answer.round(), answer.who5(), answer.ucla3(), raw, raw * 4, loneliness,
                answer.recordedBy(), answer.recordedAt());
    }
}
