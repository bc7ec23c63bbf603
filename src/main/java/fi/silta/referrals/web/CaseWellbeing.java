package fi.silta.referrals.web;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.vertx.ext.web.RoutingContext;

import fi.silta.referrals.ReferralsConfig;
import fi.silta.referrals.SelfReportRound;
import fi.silta.referrals.WellbeingService;
import fi.silta.referrals.api.WellbeingView;

/**
 * The case page's self-report section, read by its fragment ({@code templates/wellbeing/case.html}) as
 * {@code inject:caseWellbeing}: each round answered with its scores, the change from the start to the follow-up,
 * and, for whoever works an open case, the ways to record a round. Shown to those who may read the contact log;
 * each view is in the client access log like every read of the answers.
 */
@Named("caseWellbeing")
@RequestScoped
public class CaseWellbeing {

    /** One round: answered or not, with its scores and who recorded it when. */
    public record Round(SelfReportRound round, WellbeingView answer, String recordedAt, boolean byClient) {
    }

    /** The section: the rounds, the change when both are answered, and whether the reader may record. */
    public record View(long id, List<Round> rounds, String who5Change, String ucla3Change, boolean mayRecord,
            boolean done) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final WellbeingService wellbeing;
    private final RoutingContext routing;

    CaseWellbeing(WellbeingService wellbeing, RoutingContext routing) {
        this.wellbeing = wellbeing;
        this.routing = routing;
    }

    public View view(long id, boolean mayRecord) {
        List<WellbeingView> answers = wellbeing.read(id);
        List<Round> rounds = Arrays.stream(SelfReportRound.values()).map(round -> answers.stream()
                .filter(a -> a.round() == round).findFirst()
                .map(a -> new Round(round, a,
                        a.recordedAt() == null ? null : DAY.format(a.recordedAt().atZone(ReferralsConfig.TIME_ZONE)),
                        "client".equals(a.recordedBy())))
                .orElse(new Round(round, null, null, false))).toList();
        WellbeingView start = rounds.get(0).answer();
        WellbeingView followUp = rounds.get(1).answer();
        String who5 = null;
        String ucla3 = null;
        if (start != null && followUp != null) {
            who5 = signed(followUp.who5Percent() - start.who5Percent());
            ucla3 = signed(followUp.ucla3Score() - start.ucla3Score());
        }
        return new View(id, rounds, who5, ucla3, mayRecord, "wellbeing".equals(routing.request().getParam("done")));
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : change < 0 ? "\u2212" + Math.abs(change) : "0";
    }
}
