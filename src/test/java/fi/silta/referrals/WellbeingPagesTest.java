package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.MovableClock;
import fi.silta.testsupport.StaffBrowser;

/**
 * The client answers the self-report on the one-time link's page, in their own language, with a message beside an
 * item left unanswered; a used or expired link gets a plain page saying so. The case page shows the rounds with
 * their scores and the change to those who may read the case, and whoever works it enters answers or makes a link.
 */
@QuarkusTest
class WellbeingPagesTest {

    private static final String API = "/api/v1/referrals";

    @AfterEach
    void putTheClockBack() {
        MovableClock.reset();
    }

    @Test
    void theClientAnswersOnTheLinksPageOnceInTheirLanguage() {
        long id = WellbeingSelfReportTest.assignedCase("Sivulla");
        String path = page(link(id, "START"));
        StaffBrowser client = StaffBrowser.anonymous();

        Response opened = client.get(path);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(opened.header("Cache-Control")).contains("no-store");
        Document page = Jsoup.parse(opened.asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fi");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Kysely hyvinvoinnistasi");
        assertThat(page.select("meta[name=viewport]")).hasSize(1);
        assertThat(page.select("form.self-report-form fieldset")).hasSize(8);
        assertThat(page.select("#f-who5-1 input[type=radio]")).hasSize(6);
        assertThat(page.select("#f-ucla3-1 input[type=radio]")).hasSize(3);
        assertThat(page.selectFirst("#f-who5-1 legend").text()).contains("I have felt cheerful and in good spirits");
        assertThat(page.selectFirst("#f-who5-1 legend span[lang=en]")).isNotNull();
        assertThat(page.text()).doesNotContain("Aino").doesNotContain("Sivulla").doesNotContain("131052");
        assertThat(page.selectFirst("form").attr("method")).isEqualTo("post");

        Map<String, Object> missingOne = answers();
        missingOne.remove("who5-3");
        Response refused = client.submit(path, "form.self-report-form", missingOne);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(refused.asString());
        assertThat(again.selectFirst("#f-who5-3-error").text()).isEqualTo("Valitse yksi vastaus.");
        assertThat(again.selectFirst("#error-summary a[href=#f-who5-3]")).isNotNull();
        assertThat(again.selectFirst("#f-who5-1 input[value=2]").hasAttr("checked")).isTrue();

        Response sent = client.submit(path, "form.self-report-form", answers());
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(sent.asString()).selectFirst("h1").text()).isEqualTo("Kiitos vastauksistasi");

        Response spent = client.get(path);
        assertThat(spent.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(spent.asString()).selectFirst("h1").text())
                .isEqualTo("Tätä linkkiä ei voi enää käyttää");
        assertThat(Jsoup.parse(spent.asString()).select("form.self-report-form")).isEmpty();

        given().auth().oauth2(DemoUsers.accessToken("linkperson")).get(API + "/" + id + "/wellbeing").then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].who5", equalTo(List.of(2, 3, 1, 4, 5)))
                .body("[0].ucla3", equalTo(List.of(1, 2, 3))).body("[0].recordedBy", equalTo("client"));
    }

    @Test
    void aSwedishSpeakingClientGetsTheSwedishPageAndCanSwitch() {
        Map<String, Object> body = ReferralFlowTest.referral("Svensk", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> person = new HashMap<>((Map<String, Object>) body.get("client"));
        person.put("language", "sv");
        body.put("client", person);
        long id = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post(API).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(API + "/" + id + "/assignment").then().statusCode(200);
        String path = page(link(id, "FOLLOW_UP"));

        Document swedish = Jsoup.parse(given().header("Accept-Language", "fi").get(path).asString());
        assertThat(swedish.selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(swedish.selectFirst("h1").text()).isEqualTo("Frågor om ditt välbefinnande");
        Document english = Jsoup.parse(given().get(path + "?lang=en").asString());
        assertThat(english.selectFirst("h1").text()).isEqualTo("Your wellbeing questionnaire");
    }

    @Test
    void anExpiredOrUnknownLinkGetsAPlainPage() {
        long id = WellbeingSelfReportTest.assignedCase("Vanhentunut");
        String path = page(link(id, "START"));
        MovableClock.advance(Duration.ofDays(14).plusMinutes(1));
        for (String address : List.of(path, "/wellbeing/not-a-link")) {
            Response closed = given().get(address);
            assertThat(closed.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(closed.asString());
            assertThat(page.selectFirst("h1").text()).isEqualTo("Tätä linkkiä ei voi enää käyttää");
            assertThat(page.selectFirst("p.notice").text()).contains("pyydä linkkihenkilöltä tai hoitajalta uusi");
        }
    }

    @Test
    void theCasePageShowsTheRoundsScoresAndChangeAndTakesAnswers() {
        long id = WellbeingSelfReportTest.assignedCase("Tapauksessa");
        String casePath = "/staff/referrals/" + id;
        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson");

        Document before = Jsoup.parse(linkPerson.get(casePath + "?lang=fi").asString());
        assertThat(before.select("section#wellbeing tr.round-START td").text()).contains("Ei vastattu");

        Map<String, Object> start = new HashMap<>(Map.of("who5-1", "1", "who5-2", "2", "who5-3", "0", "who5-4", "3",
                "who5-5", "2", "ucla3-1", "3", "ucla3-2", "2", "ucla3-3", "3"));
        Map<String, Object> missing = new HashMap<>(start);
        missing.remove("ucla3-2");
        Response refused = linkPerson.submit(casePath + "/wellbeing/START", "form.self-report-form", missing);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).selectFirst("#f-ucla3-2-error")).isNotNull();
        Response saved = linkPerson.submit(casePath + "/wellbeing/START", "form.self-report-form", start);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith(casePath + "?done=wellbeing#wellbeing");

        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(WellbeingSelfReportTest.answers("FOLLOW_UP", List.of(3, 3, 2, 4, 3), List.of(2, 1, 2)))
                .post(API + "/" + id + "/wellbeing").then().statusCode(200);

        Document after = Jsoup.parse(linkPerson.get(casePath + "?lang=fi&done=wellbeing").asString());
        assertThat(after.select("section#wellbeing .confirmation").text()).isEqualTo("Vastaukset on kirjattu.");
        assertThat(after.select("section#wellbeing tr.round-START td.who5").text()).isEqualTo("8/25 (32 %)");
        assertThat(after.select("section#wellbeing tr.round-START td.ucla3").text()).isEqualTo("8 (3–9)");
        assertThat(after.select("section#wellbeing tr.round-FOLLOW_UP td.who5").text()).isEqualTo("15/25 (60 %)");
        assertThat(after.select("section#wellbeing p.change").text())
                .isEqualTo("Muutos alusta seurantaan: hyvinvointi +28 prosenttiyksikköä, yksinäisyys \u22123 pistettä.");

        // A link for the client, shown once on a page of its own.
        Response made = linkPerson.submit(casePath + "?lang=fi",
                "section#wellbeing li:has(input[value=FOLLOW_UP]) form.make-link", Map.of());
        assertThat(made.statusCode()).isEqualTo(200);
        String url = Jsoup.parse(made.asString()).selectFirst("p.one-time-link code").text();
        assertThat(url).contains("/wellbeing/").doesNotContain(Long.toString(id));
        assertThat(given().get(page(url)).statusCode()).isEqualTo(200);

        // The nurse who wrote it reads the section, without the forms; a coordinator who did not assign it does not.
        Document nurse = Jsoup.parse(StaffBrowser.signIn("nurse").get(casePath + "?lang=fi").asString());
        assertThat(nurse.select("section#wellbeing tr.round-FOLLOW_UP td.ucla3").text()).isEqualTo("5 (3–9)");
        assertThat(nurse.select("section#wellbeing form.make-link")).isEmpty();
        Response other = StaffBrowser.signIn("coordinator2").get(casePath + "?lang=fi");
        assertThat(Jsoup.parse(other.asString()).select("section#wellbeing")).isEmpty();
        assertThat(StaffBrowser.signIn("nurse").get(casePath + "/wellbeing/START").statusCode()).isEqualTo(403);
    }

    private static Map<String, Object> answers() {
        return new HashMap<>(Map.of("who5-1", "2", "who5-2", "3", "who5-3", "1", "who5-4", "4", "who5-5", "5",
                "ucla3-1", "1", "ucla3-2", "2", "ucla3-3", "3"));
    }

    private static String link(long id, String round) {
        return given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(Map.of("round", round)).post(API + "/" + id + "/wellbeing/links").then().statusCode(201)
                .extract().jsonPath().getString("url");
    }

    private static String page(String url) {
        return url.substring(url.indexOf("/wellbeing/"));
    }
}
