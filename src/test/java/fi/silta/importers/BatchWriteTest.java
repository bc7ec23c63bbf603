package fi.silta.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.catalogue.ActivityRepository;
import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;

/**
 * Records are written in batches, one transaction each. A record the database refuses in the middle of a batch
 * rolls the batch back; its records are then written one at a time, so the bad one fails alone with its reason
 * and the others are stored.
 */
@QuarkusTest
class BatchWriteTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final String BROKEN = "kuoro-4@batch.example";
    private static FeedServer server;

    @Inject
    EntityManager entities;

    @Inject
    ActivityRepository activities;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** Seven choir evenings in one calendar: fewer than a batch, so all are written in the same transaction. */
    static String calendar() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Silta tests//Batch//FI\n");
        for (int i = 1; i <= 7; i++) {
            ics.append("BEGIN:VEVENT\nUID:kuoro-").append(i).append("@batch.example\n");
            ics.append("SUMMARY:Kuoroilta ").append(i).append('\n');
            ics.append("DESCRIPTION:Laulamme yhdessä\\, nuotteja ei tarvitse osata.\n");
            ics.append("LOCATION:Kamarisali\\, Kirkkokatu ").append(i).append("\\, 67100 Kokkola\n");
            ics.append("DTSTART;TZID=Europe/Helsinki:").append(LOCAL.format(today.plusDays(3 + i).atTime(18, 0)))
                    .append("\nDURATION:PT2H\nEND:VEVENT\n");
        }
        return ics.append("END:VCALENDAR\n").toString();
    }

    @Test
    void aRecordTheDatabaseRefusesFailsAloneAndTheOthersOfItsBatchAreStored() throws SQLException {
        String token = ImportFixtures.adminToken();
        server.serve("/batch.ics", "text/calendar; charset=utf-8", calendar());
        ImportFixtures.createSource(token, "batch-ics", "ICS", server.url("/batch.ics"));
        // The database itself refuses the fourth record, at the batch's flush: nothing in Java sees it coming.
        asOwner("""
                create function refuse_batch_test_origin() returns trigger language plpgsql as $$
                begin
                    if new.origin_id = '%s' then
                        raise exception 'refused for the test';
                    end if;
                    return new;
                end $$""".formatted(BROKEN));
        asOwner("""
                create trigger refuse_batch_test_origin before insert on activity_origin
                for each row execute function refuse_batch_test_origin()""");
        JsonPath first;
        try {
            first = ImportFixtures.runToEnd(token, "batch-ics");
        } finally {
            asOwner("drop trigger refuse_batch_test_origin on activity_origin");
            asOwner("drop function refuse_batch_test_origin()");
        }

        assertThat(first.getString("status")).isEqualTo("COMPLETED_WITH_FAILURES");
        assertThat(first.getInt("counts.created")).isEqualTo(6);
        assertThat(first.getInt("counts.failed")).isEqualTo(1);
        assertThat(first.getList("errors.originId")).containsExactly(BROKEN);
        assertThat(first.getString("errors[0].reason")).startsWith("could not be saved");
        assertThat(first.getString("errors[0].excerpt")).contains("SUMMARY:Kuoroilta 4");
        assertThat(originsOf("batch-ics")).containsExactlyInAnyOrder("kuoro-1@batch.example",
                "kuoro-2@batch.example", "kuoro-3@batch.example", "kuoro-5@batch.example", "kuoro-6@batch.example",
                "kuoro-7@batch.example");
        assertThat(QuarkusTransaction.requiringNew().call(() -> activities.findByOrigin("batch-ics", BROKEN)))
                .isEmpty();

        // Once the database takes it, the next run brings the missing record and leaves the others alone.
        JsonPath again = ImportFixtures.runToEnd(token, "batch-ics");
        assertThat(again.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(again.getInt("counts.created")).isEqualTo(1);
        assertThat(again.getInt("counts.unchanged")).isEqualTo(6);
        assertThat(again.getInt("counts.failed")).isZero();
        assertThat(originsOf("batch-ics")).hasSize(7);
    }

    /** The application's own role may not create triggers; the schema's owner may. */
    private void asOwner(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, owner, ownerPassword);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> originsOf(String source) {
        return QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery("""
                select o.origin_id from activity_origin o join import_source s on s.id = o.source_id
                where s.name = :source""", String.class).setParameter("source", source).getResultList().stream()
                .map(String.class::cast).toList());
    }
}
