package fi.silta.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.common.problem.ProblemException;
import fi.silta.referrals.api.ConsentInput;
import fi.silta.referrals.api.NextStepInput;
import fi.silta.referrals.api.NextStepView;
import fi.silta.referrals.api.ReferralView;
import fi.silta.security.CurrentUser;

/**
 * What the client and the people working the case agree on as it goes: consent given, changed or withdrawn (with who
 * and when), and the next step planned with a date. Withdrawing consent to a link-person ends the assignment; the
 * organiser consent decides what organisers see of the client ({@link PlaceService}); the statistics consent
 * whether the referral counts in reports and is kept pseudonymised.
 */
@ApplicationScoped
public class CasePlanService {

    private final ReferralAccess access;
    private final ReferralRepository referrals;
    private final ReferralMapper mapper;
    private final PlaceService places;
    private final EntityManager entityManager;
    private final CurrentUser user;
    private final Clock clock;

    CasePlanService(ReferralAccess access, ReferralRepository referrals, ReferralMapper mapper, PlaceService places,
            EntityManager entityManager, CurrentUser user, Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.mapper = mapper;
        this.places = places;
        this.entityManager = entityManager;
        this.user = user;
        this.clock = clock;
    }

    /**
     * The nurse who wrote the referral, or whoever works it, records the client's answer for one recipient; the
     * referral as the user now sees it, or null when they no longer may.
     */
    @Transactional
    public ReferralView changeConsent(long id, @Valid @NotNull ConsentInput input) {
        Referral referral = access.readable(id, "consent");
        access.require(access.isRequester(referral) || access.isTarget(referral), referral, "consent");
        Instant now = clock.instant();
        boolean before = referral.consented(input.recipient());
        referral.recordConsent(input.recipient(), input.given(), now, user.username());
        access.recordEvent(referral, EventKind.CONSENT, referral.status(), referral.status(), null, null,
                input.recipient().name() + (input.given() ? ":given" : ":withdrawn"));
        if (before && !input.given() && input.recipient() == ConsentRecipient.LINK_PERSON
                && referral.assignedTo() != null) {
            referral.endAssignment(now);
            access.recordEvent(referral, EventKind.ASSIGNMENT_ENDED, referral.status(), referral.status(), null, null,
                    null);
        }
        access.logged(id, "consent");
        referrals.flush();
        // A link-person who recorded the withdrawal of their own consent no longer sees the case.
        return access.mayRead(referral) ? mapper.view(referral, referrals.events(id), access.sight(referral)) : null;
    }

    /** Whoever works the case plans its next step and the day it is due. */
    @Transactional
    public NextStepView planNextStep(long id, @Valid @NotNull NextStepInput input) {
        Referral referral = access.readable(id, "next-step");
        access.require(access.isTarget(referral), referral, "next-step");
        if (referral.status().terminal()) {
            throw ProblemException.conflict("A closed case has no next step");
        }
        if (input.dueOn().isBefore(LocalDate.now(clock.withZone(ReferralsConfig.TIME_ZONE)))) {
            throw InvalidInput.at("dueOn", "in-the-past", "The next step is due today or later");
        }
        NextStep step = entityManager.find(NextStep.class, id);
        if (step == null) {
            step = new NextStep(id);
            step.plan(input.step(), input.dueOn(), user.username(), clock.instant());
            entityManager.persist(step);
        } else {
            step.plan(input.step(), input.dueOn(), user.username(), clock.instant());
        }
        access.logged(id, "next-step");
        return view(step);
    }

    /** The case's next step: the planned one, else the one derived from the last step (no date). */
    @Transactional
    public NextStepView nextStep(long id) {
        Referral referral = access.readable(id, "next-step");
        NextStep planned = entityManager.find(NextStep.class, id);
        if (planned != null && !referral.status().terminal()) {
            return view(planned);
        }
        return new NextStepView(referral.nextStep(), null, false, null, null);
    }

    /** Notices, for this referral, a planned session the organiser called off or moved since. */
    @Transactional
    public void refreshPlannedSession(long id) {
        places.noticeCalledOffFor(id);
    }

    private static NextStepView view(NextStep step) {
        return new NextStepView(step.step(), step.dueOn(), true, step.plannedBy(), step.plannedAt());
    }
}
