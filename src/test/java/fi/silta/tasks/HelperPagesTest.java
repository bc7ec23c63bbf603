package fi.silta.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.silta.testsupport.StaffBrowser;

/**
 * A vetter keeps their helpers on pages, browser-free: registers one with the form, approves them until a day and
 * withdraws the approval; a bad value is shown beside its field and stores nothing, and an under-18 is approved only
 * with their guardian's consent.
 */
@QuarkusTest
class HelperPagesTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    TaskFixtures fixtures;

    @Test
    void aVetterRegistersApprovesAndWithdrawsAHelperOnThePages() {
        long organisation = fixtures.vettingOrganisation();
        String username = "sivuauttaja-" + SEQUENCE.incrementAndGet();
        StaffBrowser vetter = StaffBrowser.signIn("vetter");
        Document form = Jsoup.parse(vetter.get("/staff/tasks/helpers/new?lang=fi").asString());
        assertThat(form.select("select[name=organisationId] option").eachAttr("value"))
                .contains(String.valueOf(organisation));
        assertThat(form.select("input[name=csrf-token]")).isNotEmpty();

        Map<String, Object> values = registration(vetter, username, organisation, "1990-05-01");
        values.put("firstName", "");
        Response refused = vetter.post("/staff/tasks/helpers/new", values);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document shown = Jsoup.parse(refused.asString());
        assertThat(shown.select("#f-firstName-error").text()).isNotBlank();
        assertThat(shown.select("#f-username").val()).isEqualTo(username);
        assertThat(registered(username)).isEmpty();

        values.put("firstName", "Sanni");
        Response created = vetter.post("/staff/tasks/helpers/new", values);
        assertThat(created.statusCode()).isEqualTo(303);
        String path = created.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
        assertThat(path).matches("/staff/tasks/helpers/[0-9]+");
        Document page = Jsoup.parse(vetter.get(path + "?lang=fi&done=created").asString());
        assertThat(page.select(".confirmation, [role=status]").text()).isNotBlank();
        assertThat(page.select("h1").text()).contains("Sanni");
        assertThat(registered(username)).hasSize(1);

        Response pastDay = vetter.submit(path + "?lang=sv", "form.approval-form",
                Map.of("until", LocalDate.now(HELSINKI).minusDays(1).toString()));
        assertThat(pastDay.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(pastDay.asString()).select("#f-until-error").text()).isEqualTo("Ange ett kommande datum.");
        assertThat(registered(username).get(0).get("status")).isEqualTo("REGISTERED");

        String until = LocalDate.now(HELSINKI).plusMonths(3).toString();
        assertThat(vetter.submit(path + "?lang=fi", "form.approval-form", Map.of("until", until)).statusCode())
                .isEqualTo(303);
        assertThat(registered(username).get(0).get("approvedUntil")).isEqualTo(until);
        assertThat(Jsoup.parse(vetter.get(path + "?lang=fi").asString()).select(".helper-status").text())
                .contains("hyväksytty");

        Response noReason = vetter.submit(path + "?lang=en", "form.withdrawal-form", Map.of("reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noReason.asString()).select("#f-reason-error").text()).isNotBlank();
        assertThat(registered(username).get(0).get("status")).isEqualTo("APPROVED");
        assertThat(vetter.submit(path + "?lang=fi", "form.withdrawal-form", Map.of("reason", "Muutti pois"))
                .statusCode()).isEqualTo(303);
        assertThat(registered(username).get(0).get("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aBadBirthDateOrLanguageIsShownBesideItsFieldAndNothingIsStored() {
        long organisation = fixtures.vettingOrganisation();
        String username = "sivuauttaja-" + SEQUENCE.incrementAndGet();
        StaffBrowser vetter = StaffBrowser.signIn("vetter");
        Map<String, Object> values = registration(vetter, username, organisation, "ei päivä");
        Response refused = vetter.post("/staff/tasks/helpers/new", values);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("#f-birthDate-error").text()).isNotBlank();

        values.put("birthDate", LocalDate.now(HELSINKI).plusDays(3).toString());
        values.put("email", "ei-osoite");
        Response future = vetter.post("/staff/tasks/helpers/new", values);
        assertThat(future.statusCode()).isEqualTo(400);
        Document shown = Jsoup.parse(future.asString());
        assertThat(shown.select("#f-birthDate-error").text()).isNotBlank();
        assertThat(shown.select("#f-email-error").text()).isNotBlank();
        assertThat(registered(username)).isEmpty();
    }

    @Test
    void anUnder18IsApprovedOnThePageOnlyWithTheGuardiansConsent() {
        long organisation = fixtures.vettingOrganisation();
        String username = "sivuauttaja-" + SEQUENCE.incrementAndGet();
        StaffBrowser vetter = StaffBrowser.signIn("vetter");
        Map<String, Object> values = registration(vetter, username, organisation,
                LocalDate.now(HELSINKI).minusYears(16).toString());
        Response created = vetter.post("/staff/tasks/helpers/new", values);
        assertThat(created.statusCode()).isEqualTo(303);
        String path = created.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
        String until = LocalDate.now(HELSINKI).plusMonths(3).toString();

        Response refused = vetter.submit(path + "?lang=fi", "form.approval-form", Map.of("until", until));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("#f-guardianConsent-error").text())
                .isEqualTo("Alle 18-vuotias hyväksytään vain huoltajan suostumuksella.");
        Map<String, Object> stored = registered(username).get(0);
        assertThat(stored.get("status")).isEqualTo("REGISTERED");
        assertThat(stored.get("guardianConsent")).isEqualTo(false);

        assertThat(vetter.submit(path + "?lang=fi", "form.approval-form",
                Map.of("until", until, "guardianConsent", "on")).statusCode()).isEqualTo(303);
        stored = registered(username).get(0);
        assertThat(stored.get("status")).isEqualTo("APPROVED");
        assertThat(stored.get("guardianConsent")).isEqualTo(true);
    }

    private static Map<String, Object> registration(StaffBrowser vetter, String username, long organisation,
            String birthDate) {
        Map<String, Object> values = new HashMap<>();
        values.put("csrf-token", vetter.formToken());
        values.put("organisationId", String.valueOf(organisation));
        values.put("username", username);
        values.put("firstName", "Sanni");
        values.put("birthDate", birthDate);
        values.put("email", username + "@helpers.example");
        values.put("municipalities", TaskFixtures.KOKKOLA);
        values.put("languages", "fi");
        values.put("skills", "Lautapelit");
        values.put("availability", "Arki-illat");
        return values;
    }

    /** The helpers of that user name the vetter sees through the API. */
    private static List<Map<String, Object>> registered(String username) {
        JsonPath all = given().auth().oauth2(TaskFixtures.token("vetter")).get(TaskFixtures.HELPERS).then()
                .statusCode(200).extract().jsonPath();
        return all.<Map<String, Object>> getList("").stream().filter(h -> username.equals(h.get("username"))).toList();
    }
}
