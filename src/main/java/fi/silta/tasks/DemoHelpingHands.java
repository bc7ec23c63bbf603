package fi.silta.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.organisations.OrganisationType;
import fi.silta.reference.CountyRepository;
import fi.silta.reference.MunicipalityRepository;

/**
 * Helping hands of the local run (where {@code silta.demo-data.enabled} is true): a senior centre whose tasks the
 * demo user {@code host} hosts, a youth service whose helpers {@code vetter} approves, the approved helper
 * {@code helper} in Kokkola, and two open tasks. Loaded once.
 */
@ApplicationScoped
class DemoHelpingHands {

    private static final Logger LOG = Logger.getLogger(DemoHelpingHands.class);
    private static final String KOKKOLA = "272";

    private final boolean enabled;
    private final TaskGrants grants;
    private final HelperRepository helpers;
    private final TaskRepository tasks;
    private final OrganisationRepository organisations;
    private final CountyRepository counties;
    private final MunicipalityRepository municipalities;
    private final Clock clock;

    DemoHelpingHands(@ConfigProperty(name = "silta.demo-data.enabled", defaultValue = "false") boolean enabled,
            TaskGrants grants, HelperRepository helpers, TaskRepository tasks, OrganisationRepository organisations,
            CountyRepository counties, MunicipalityRepository municipalities, Clock clock) {
        this.enabled = enabled;
        this.grants = grants;
        this.helpers = helpers;
        this.tasks = tasks;
        this.organisations = organisations;
        this.counties = counties;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled || helpers.byUsername("helper").isPresent()) {
            return;
        }
        Instant now = clock.instant();
        Organisation centre = organisation("Kokkolan palvelukeskus Kotiranta", "Servicecentret Kotiranta i Karleby",
                "Kotiranta service centre, Kokkola", OrganisationType.MUNICIPALITY);
        Organisation youth = organisation("Kokkolan nuorisopalvelut", "Karleby ungdomstjänster",
                "Kokkola youth services", OrganisationType.MUNICIPALITY);
        // The grants are written by SQL of their own and refer to the organisations, so those are written first.
        organisations.flush();
        grants.grant(centre.id(), "host", GrantKind.HOST, "demo", now);
        grants.grant(youth.id(), "vetter", GrantKind.VETTER, "demo", now);

        Helper helper = new Helper("helper", youth.id(), "vetter", now);
        helper.describe("Aino", LocalDate.now(clock.withZone(TaskMapper.ZONE)).minusYears(17).minusMonths(3),
                "helper@silta.example", "Pelit, älypuhelimet, ulkoilu", "Arki-illat ja lauantait", Set.of(KOKKOLA),
                Set.of("fi", "sv"));
        helper.recordGuardianConsent("vetter", now);
        helper.approve(LocalDate.now(clock.withZone(TaskMapper.ZONE)).plusMonths(6), "vetter", now);
        helpers.persist(helper);

        LocalDate tomorrow = LocalDate.now(clock.withZone(TaskMapper.ZONE)).plusDays(1);
        task(centre, TaskKind.GAME_PARTNER, tomorrow.atTime(LocalTime.of(14, 0)), 90, "Kotirannan aula",
                "Korttipeli tai lautapeli asukkaiden kanssa.", now);
        task(centre, TaskKind.DIGITAL_HELP, tomorrow.plusDays(2).atTime(LocalTime.of(10, 0)), 60,
                "Kotirannan kirjasto", "Apua älypuhelimen videopuheluihin.", now);
        LOG.info("Loaded the demo helping hands: two organisations, one helper, two tasks");
    }

    private Organisation organisation(String fi, String sv, String en, OrganisationType type) {
        Organisation organisation = new Organisation(LocalizedText.of(fi, sv, en), type, null);
        organisation.setCounty(counties.findById("18"));
        organisation.serve(Set.of(municipalities.findById(KOKKOLA)));
        organisation.markVerified(true);
        organisations.persist(organisation);
        return organisation;
    }

    private void task(Organisation host, TaskKind kind, LocalDateTime start, int minutes, String where,
            String notes, Instant now) {
        HelpingTask task = new HelpingTask(host.id(), null, "host", null, now);
        task.describe(kind, start.atZone(TaskMapper.ZONE).toInstant(), minutes, KOKKOLA, where, Set.of("fi"), 1, false,
                notes, true);
        tasks.persist(task);
    }
}
