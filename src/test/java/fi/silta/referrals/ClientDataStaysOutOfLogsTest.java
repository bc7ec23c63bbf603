package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;

/**
 * A referral's whole path, a refused read and bad input, with every log line of the application captured:
 * none holds the client's name, identity code or phone number; and the search engine never sees them.
 */
@QuarkusTest
class ClientDataStaysOutOfLogsTest {

    @Test
    void noLogLineAndNoSearchResultHoldsClientData() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
                if (record.getParameters() != null) {
                    for (Object parameter : record.getParameters()) {
                        line.append(' ').append(parameter);
                    }
                }
                if (record.getThrown() != null) {
                    line.append(' ').append(record.getThrown());
                }
                lines.add(line.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            // Proves the capture sees the application's log before trusting it to see nothing else.
            org.jboss.logging.Logger.getLogger("fi.silta.referrals").info("capture check");
            String nurse = DemoUsers.accessToken("nurse");
            Map<String, Object> body = ReferralFlowTest.referral("Lokiton", true);
            long id = given().auth().oauth2(nurse).contentType("application/json").body(body)
                    .post("/api/v1/referrals").then().statusCode(201).extract().jsonPath().getLong("id");
            given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                    .body(Map.of("linkPerson", "linkperson")).post("/api/v1/referrals/" + id + "/assignment")
                    .then().statusCode(200);
            given().auth().oauth2(DemoUsers.accessToken("linkperson2")).get("/api/v1/referrals/" + id).then()
                    .statusCode(403);
            @SuppressWarnings("unchecked")
            Map<String, Object> client = (Map<String, Object>) body.get("client");
            client.put("identityCode", "131052-308U");
            given().auth().oauth2(nurse).contentType("application/json").body(body).post("/api/v1/referrals").then()
                    .statusCode(400);
            given().auth().oauth2(nurse).contentType("application/json").body("{\"client\": {\"firstName\": \"Lokiton")
                    .post("/api/v1/referrals").then().statusCode(400);

            given().queryParam("q", "Lokiton").get("/api/v1/activities").then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(0));
            given().queryParam("q", "131052-308T").get("/api/v1/activities").then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(0));
        } finally {
            root.removeHandler(capture);
        }
        assertThat(lines).anyMatch(line -> line.contains("capture check"));
        for (String forbidden : List.of("Lokiton", "131052-308", "+358 40 123 4567", "Aino")) {
            assertThat(lines).as(forbidden).noneMatch(line -> line.contains(forbidden));
        }
    }
}
