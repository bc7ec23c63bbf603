package fi.silta.referrals.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * What the case page says about a referral: every fact the nurse chose, people by the names they go by, the
 * municipality by name, one status line, and a history in the page's language with its date and time.
 */
@QuarkusTest
class CasePageFactsTest {

    private static final String API = "/api/v1/referrals";

    private static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    /** A Swedish-speaking client who needs an interpreter, referred soon, asking for a link-person. */
    static long referral(String lastName, String unit) {
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", "Ragnar");
        client.put("lastName", lastName);
        client.put("language", "sv");
        client.put("interpreterNeeded", true);
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("municipality", "272");
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS"));
        body.put("urgency", "SOON");
        body.put("linkPersonNeeded", true);
        body.put("linkPersonReason", "Ei lähde yksin");
        body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true)));
        if (unit != null) {
            body.put("unit", unit);
        }
        return given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post(API).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void assign(long id, String linkPerson, String displayName) {
        String coordinator = DemoUsers.accessToken("coordinator");
        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("displayName", displayName, "capacity", 50, "municipalities", List.of("272"),
                        "languages", List.of("fi", "sv")))
                .put("/api/v1/link-persons/" + linkPerson).then().statusCode(200);
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("linkPerson", linkPerson))
                .post(API + "/" + id + "/assignment").then().statusCode(200);
    }

    @Test
    void theCasePageShowsUrgencyContextMunicipalityLanguageAndPeopleByName() {
        long id = referral("Faktanen", null);
        assign(id, "linkperson", "Liisa Linkki");

        Document fi = page(StaffBrowser.signIn("nurse").get("/staff/referrals/" + id + "?lang=fi"));
        assertThat(fi.select("dd.urgency").text()).isEqualTo("pian");
        assertThat(fi.select("dd.context").text()).isEqualTo("seniorineuvola");
        assertThat(fi.select("dd.municipality").text()).isEqualTo("Kokkola");
        assertThat(fi.select("dd.number").text()).isEqualTo(String.valueOf(id));
        assertThat(fi.select(".client-language").text()).isEqualTo("Asiointikieli: ruotsi, tarvitsee tulkin");
        assertThat(fi.select("p.assignee").text()).isEqualTo("Linkkihenkilö: Liisa Linkki");
        // No unit: no trailing comma after the nurse.
        assertThat(fi.select("p.written-by").text()).startsWith("Lähettäjä: ").doesNotEndWith(",");
        assertThat(fi.select("p.status").text()).isEqualTo("Tila: lähetetty.");
        assertThat(fi.text()).doesNotContain("linkperson").doesNotContain("272");

        Document sv = page(StaffBrowser.signIn("nurse").get("/staff/referrals/" + id + "?lang=sv"));
        assertThat(sv.select("dd.municipality").text()).isEqualTo("Karleby");
        assertThat(sv.select("dd.urgency").text()).isEqualTo("snart");
    }

    @Test
    void aClosedCaseHasOneStatusLineWithItsOutcome() {
        long id = referral("Suljettava", "Kokkolan seniorineuvola");
        assign(id, "linkperson", "Liisa Linkki");
        String linkPerson = DemoUsers.accessToken("linkperson");
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("status", "accepted"))
                .post(API + "/" + id + "/transitions").then().statusCode(200);
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("status", "failed", "outcome", "DECLINED")).post(API + "/" + id + "/transitions")
                .then().statusCode(200);

        Document fi = page(StaffBrowser.signIn("nurse").get("/staff/referrals/" + id + "?lang=fi"));
        assertThat(fi.select("p.status").text()).isEqualTo("Tila: päättynyt ilman osallistumista: kieltäytyi.");
        assertThat(fi.select("p.written-by").text()).endsWith(", Kokkolan seniorineuvola");
    }

    @Test
    void theHistoryIsInThePagesLanguageWithDateAndTime() {
        long id = referral("Historianen", null);
        assign(id, "linkperson", "Liisa Linkki");
        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson");
        String casePath = "/staff/referrals/" + id;
        assertThat(linkPerson.submit(casePath, "form.move:has(input[value=accepted])", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(linkPerson.submit(casePath, "form.step", Map.of("step", "FIRST_CONTACT")).statusCode())
                .isEqualTo(303);

        List<String> sv = page(linkPerson.get(casePath + "?lang=sv")).select("ul.history li").eachText();
        assertThat(sv).hasSize(4);
        assertThat(sv).allMatch(line -> line.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4} kl\\. \\d{1,2}\\.\\d{2} .*"));
        assertThat(sv.get(0)).contains("skickade remissen").contains("(hälsovårdare)");
        assertThat(sv.get(1)).contains("gav ärendet till länkpersonen Liisa Linkki").contains("(koordinator)");
        assertThat(sv.get(2)).contains("Liisa Linkki (länkperson)").contains("mottagen");
        assertThat(sv.get(3)).contains("antecknade steget: första kontakt");

        String fi = page(linkPerson.get(casePath + "?lang=fi")).select("ul.history").text();
        String en = page(linkPerson.get(casePath + "?lang=en")).select("ul.history").text();
        for (String history : List.of(String.join(" ", sv), fi)) {
            assertThat(history).doesNotContain("requested").doesNotContain("FIRST_CONTACT")
                    .doesNotContain("link_person").doesNotContain("→").doesNotContain("assigned to");
        }
        assertThat(fi).contains("lähetti lähetteen").contains(" klo ");
        assertThat(en).contains("sent the referral").contains("recorded the step");
    }

    @Test
    void listsNameMunicipalitiesAndLinkPersonsAndShowUrgencyInTheQueue() {
        long id = referral("Jonotettava", null);
        Document list = page(StaffBrowser.signIn("coordinator").get("/staff/referrals?lang=fi"));
        assertThat(list.select("section.queue li:contains(Ragnar Jonotettava)").text())
                .isEqualTo("Ragnar Jonotettava, Kokkola, pian");
        assertThat(list.select("table.referrals tr:has(a[href=/staff/referrals/" + id + "]) td").eachText())
                .contains("Kokkola").doesNotContain("272");
    }
}
