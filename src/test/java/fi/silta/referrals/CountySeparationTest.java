package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * One deployment for every county: a referral belongs to the county of the client's municipality and reaches that
 * county's coordinators only; a coordinator of another county sees none of it, through the API or the pages. The
 * nurse's form offers the nurse's own county's municipalities first.
 */
@QuarkusTest
class CountySeparationTest {

    private static final String API = "/api/v1/referrals";

    private static long refer(String lastName, String municipality) {
        Map<String, Object> body = ReferralFlowTest.referral(lastName, true);
        body.put("municipality", municipality);
        return given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post(API).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aCoordinatorOfOneCountySeesNoneOfAnothersReferrals() {
        long kokkola = refer("Keskipohjalainen", "272");
        long vaasa = refer("Pohjalainen", "905");

        String central = DemoUsers.accessToken("coordinator");
        String ostrobothnia = DemoUsers.accessToken("coordinator-pohjanmaa");
        List<Integer> centralQueue = given().auth().oauth2(central).get(API).then().statusCode(200).extract()
                .jsonPath().getList("id");
        List<Integer> ostrobothniaQueue = given().auth().oauth2(ostrobothnia).get(API).then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertThat(centralQueue).contains((int) kokkola).doesNotContain((int) vaasa);
        assertThat(ostrobothniaQueue).contains((int) vaasa).doesNotContain((int) kokkola);

        given().auth().oauth2(ostrobothnia).get(API + "/" + kokkola).then().statusCode(403);
        given().auth().oauth2(ostrobothnia).get(API + "/" + kokkola + "/places").then().statusCode(403);
        given().auth().oauth2(ostrobothnia).contentType("application/json").body(Map.of("linkPerson",
                "linkperson-pohjanmaa")).post(API + "/" + kokkola + "/assignment").then().statusCode(403);
        given().auth().oauth2(central).get(API + "/" + vaasa).then().statusCode(403);

        given().auth().oauth2(ostrobothnia).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson-pohjanmaa")).post(API + "/" + vaasa + "/assignment").then()
                .statusCode(200);
        given().auth().oauth2(DemoUsers.accessToken("linkperson-pohjanmaa")).get(API + "/" + vaasa).then()
                .statusCode(200);

        StaffBrowser ostrobothniaPages = StaffBrowser.signIn("coordinator-pohjanmaa");
        String list = ostrobothniaPages.get("/staff/referrals").asString();
        assertThat(list).contains("/staff/referrals/" + vaasa).doesNotContain("/staff/referrals/" + kokkola)
                .doesNotContain("Keskipohjalainen");
        assertThat(ostrobothniaPages.get("/staff/referrals/" + kokkola).statusCode()).isEqualTo(403);
        assertThat(StaffBrowser.signIn("coordinator").get("/staff/referrals").asString())
                .doesNotContain("/staff/referrals/" + vaasa + "\"").doesNotContain("Pohjalainen");
    }

    @Test
    void theNursesFormOffersTheirOwnCountysMunicipalitiesFirst() {
        String form = StaffBrowser.signIn("nurse").get("/staff/referrals/new?lang=fi").asString();
        List<String> codes = Jsoup.parse(form).select("select[name=municipality] option[value]").eachAttr("value");
        codes.removeIf(String::isBlank);
        // Keski-Pohjanmaa's municipalities (Kokkola 272 among them) come before those of other counties (Vaasa 905).
        assertThat(codes.indexOf("272")).isLessThan(codes.indexOf("905"));
        assertThat(codes.subList(0, 8)).doesNotContain("905", "091");
    }
}
