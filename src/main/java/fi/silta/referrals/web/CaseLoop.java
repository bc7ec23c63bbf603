package fi.silta.referrals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fi.silta.common.Language;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.referrals.CasePlanService;
import fi.silta.referrals.CaseStep;
import fi.silta.referrals.ConsentRecipient;
import fi.silta.referrals.PlaceService;
import fi.silta.referrals.PlaceStatus;
import fi.silta.referrals.ReferralQueries;
import fi.silta.referrals.ReferralsConfig;
import fi.silta.referrals.SessionTimes;
import fi.silta.referrals.api.CaseFile;
import fi.silta.referrals.api.NextStepView;
import fi.silta.referrals.api.PlaceView;
import fi.silta.referrals.api.ReferralView;

/**
 * The case page's parts of the loop, read by its fragment ({@code templates/loop/case.html}) as
 * {@code inject:caseLoop}: the place held and the sessions planned (a called-off one named), the check-in code, the
 * consents with who recorded them and when, and the planned next step.
 */
@Named("caseLoop")
@RequestScoped
public class CaseLoop {

    /** One place as the case page shows it. */
    public record Place(String when, PlaceView place, boolean calledOff, String code, String heldUntil) {
    }

    /** One consent with its forms. */
    public record ConsentLine(ConsentRecipient recipient, boolean given, String recordedBy, String recordedAt) {
    }

    /** The case's loop parts. */
    public record View(long id, List<Place> places, Place calledOff, List<ConsentLine> consents, boolean mayChange,
            NextStepView nextStep, boolean mayPlan, List<Option> steps, String today) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final PageContext page;
    private final PlaceService places;
    private final CasePlanService plans;
    private final ReferralQueries queries;
    private final Clock clock;

    CaseLoop(PageContext page, PlaceService places, CasePlanService plans, ReferralQueries queries, Clock clock) {
        this.clock = clock;
        this.page = page;
        this.places = places;
        this.plans = plans;
        this.queries = queries;
    }

    public View view(long id) {
        plans.refreshPlannedSession(id);
        CaseFile file = queries.caseFile(id);
        ReferralView referral = file.referral();
        Language language = page.language();
        List<Place> held = places.ofReferral(id).stream()
                .map(p -> new Place(SessionTimes.format(p.start(), p.end(), language), p,
                        p.status() == PlaceStatus.CALLED_OFF,
                        p.status().expected() ? PlaceService.printed(p.checkInCode()) : null,
                        p.status() == PlaceStatus.HELD ? DAY.format(p.heldUntil().atZone(ReferralsConfig.TIME_ZONE))
                                : null))
                .toList();
        Place calledOff = held.stream().findFirst().filter(Place::calledOff).orElse(null);
        List<ConsentLine> consents = Arrays.stream(ConsentRecipient.values()).map(r -> referral.consents().stream()
                .filter(c -> c.recipient() == r).findFirst()
                .map(c -> new ConsentLine(r, c.given(), c.recordedBy(),
                        c.recordedAt().atZone(ReferralsConfig.TIME_ZONE).toLocalDateTime().toString().replace('T', ' ')
                                .substring(0, 16)))
                .orElse(new ConsentLine(r, false, null, null))).toList();
        boolean open = !referral.status().terminal();
        ReferralMessages text = page.messages(ReferralMessages.class);
        return new View(id, held, calledOff, consents, open && (file.requester() || file.works()),
                plans.nextStep(id), open && file.works(), ReferralPages.options(CaseStep.values(), text::step),
                LocalDate.now(clock.withZone(ReferralsConfig.TIME_ZONE)).toString());
    }
}
