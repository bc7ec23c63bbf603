package fi.silta.referrals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import fi.silta.common.Language;
import fi.silta.reference.MunicipalityRepository;

/**
 * Demo referrals in every status for the local run, so a newcomer signing in as {@code nurse}, {@code coordinator},
 * {@code linkperson} or the Pohjanmaa pair sees a caseload. The clients are invented; the identity codes are test
 * codes (individual number 900-999), accepted only where demo data is.
 */
@ApplicationScoped
class DemoReferrals {

    private static final Logger LOG = Logger.getLogger(DemoReferrals.class);
    private static final String NURSE = "nurse";

    private final boolean enabled;
    private final ReferralRepository referrals;
    private final MunicipalityRepository municipalities;
    private final Clock clock;

    DemoReferrals(@ConfigProperty(name = "silta.demo-data.enabled", defaultValue = "false") boolean enabled,
            ReferralRepository referrals, MunicipalityRepository municipalities, Clock clock) {
        this.enabled = enabled;
        this.referrals = referrals;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (enabled && referrals.count() == 0) {
            seed();
        }
    }

    /** Writes the demo caseload; the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void seed() {
        Instant now = clock.instant();
        if (referrals.getEntityManager().find(LinkPerson.class, "linkperson-pohjanmaa") == null) {
            LinkPerson ostrobothnia = new LinkPerson("linkperson-pohjanmaa");
            ostrobothnia.describe("Pia Pohjanmaa", "linkperson-pohjanmaa@silta.example", 12, true,
                    Set.of("905", "499", "893"), Set.of("sv", "fi"));
            referrals.getEntityManager().persist(ostrobothnia);
        }
        write("Helmi", "Kävijä", "272", false, now).moveTo(ReferralStatus.REQUESTED, null, now);
        draft("Oskari", "Luonnos", now);
        write("Aune", "Jonossa", "272", true, now);
        assigned("Veikko", "Osoitettu", "linkperson", now);
        Referral accepted = assigned("Sirkka", "Hyväksytty", "linkperson", now);
        move(accepted, ReferralStatus.ACCEPTED, null, "linkperson", now);
        Referral working = assigned("Tauno", "Työn alla", "linkperson", now);
        move(working, ReferralStatus.ACCEPTED, null, "linkperson", now);
        working.reachStep(CaseStep.FIRST_CONTACT, now);
        working.contacted(now.minus(Duration.ofDays(2)));
        referrals.record(new ReferralContact(working.id(), ContactKind.PHONE, LocalDate.now(clock).minusDays(2), null,
                "linkperson", now));
        Referral paused = assigned("Raili", "Tauolla", "linkperson2", now);
        move(paused, ReferralStatus.ACCEPTED, null, "linkperson2", now);
        move(paused, ReferralStatus.ON_HOLD, null, "linkperson2", now);
        Referral attended = assigned("Eino", "Osallistunut", "linkperson", now);
        move(attended, ReferralStatus.ACCEPTED, null, "linkperson", now);
        attended.reachStep(CaseStep.ATTENDED, now);
        move(attended, ReferralStatus.COMPLETED, Outcome.ATTENDED, "linkperson", now);
        Referral declined = assigned("Martta", "Kieltäytynyt", "linkperson2", now);
        move(declined, ReferralStatus.ACCEPTED, null, "linkperson2", now);
        move(declined, ReferralStatus.FAILED, Outcome.DECLINED, "linkperson2", now);
        Referral rejected = assigned("Urho", "Hylätty", "linkperson", now);
        move(rejected, ReferralStatus.REJECTED, Outcome.OTHER, "linkperson", now);
        Referral cancelled = write("Kaarina", "Peruttu", "272", true, now);
        move(cancelled, ReferralStatus.CANCELLED, Outcome.OTHER, NURSE, now);
        Referral error = write("Pentti", "Virheellinen", "272", false, now);
        error.moveTo(ReferralStatus.REQUESTED, null, now);
        move(error, ReferralStatus.ENTERED_IN_ERROR, null, NURSE, now);
        write("Ragnar", "Vasabo", "905", true, now);
        Referral vaasa = write("Greta", "Österbottning", "905", true, now);
        vaasa.assignTo("linkperson-pohjanmaa", "coordinator-pohjanmaa", now);
        LOG.info("Demo referrals added in every status");
    }

    private Referral draft(String first, String last, Instant now) {
        Referral referral = new Referral(NURSE, "Kokkolan seniorineuvola", client(first, last, Language.FI),
                municipalities.findById("272"), ReferralContext.SENIOR_CLINIC, Set.of(Need.MEMORY), null, false, null,
                Urgency.ROUTINE, false, now);
        referrals.persist(referral);
        referrals.flush();
        referrals.record(new ReferralEvent(referral.id(), now, NURSE, "nurse", null, referral.status(), null, null,
                EventKind.CREATED, null));
        return referral;
    }

    private Referral write(String first, String last, String municipality, boolean linkPerson, Instant now) {
        Language language = "905".equals(municipality) ? Language.SV : Language.FI;
        Referral referral = new Referral(NURSE, "Kokkolan seniorineuvola", client(first, last, language),
                municipalities.findById(municipality), ReferralContext.SENIOR_CLINIC,
                Set.of(Need.LONELINESS, Need.PHYSICAL_ACTIVITY), null, linkPerson,
                linkPerson ? "Ei lähde yksin liikkeelle" : null, Urgency.ROUTINE, linkPerson, now);
        for (ConsentRecipient recipient : ConsentRecipient.values()) {
            referral.recordConsent(recipient, true, now, NURSE);
        }
        referral.planFollowUp(linkPerson ? null : LocalDate.now(clock).plusDays(14));
        referrals.persist(referral);
        referrals.flush();
        referrals.record(new ReferralEvent(referral.id(), now, NURSE, "nurse", null, referral.status(), null, null,
                EventKind.CREATED, null));
        return referral;
    }

    private Referral assigned(String first, String last, String linkPerson, Instant now) {
        Referral referral = write(first, last, "272", true, now);
        referral.assignTo(linkPerson, "coordinator", now);
        return referral;
    }

    private void move(Referral referral, ReferralStatus next, Outcome outcome, String actor, Instant now) {
        ReferralStatus before = referral.moveTo(next, outcome, now);
        referrals.record(new ReferralEvent(referral.id(), now, actor, NURSE.equals(actor) ? "nurse" : "link_person",
                before, next, null, null, EventKind.MOVED, null));
    }

    private static Client client(String first, String last, Language language) {
        return new Client(first, last, null, 1948, "+358 40 000 0000", null, language, false);
    }
}
