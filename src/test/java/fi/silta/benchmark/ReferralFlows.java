package fi.silta.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The referral path under load, each flow as real users make it: a nurse writes a referral with the
 * client's name, identity code and phone (encrypted before they reach the database), a coordinator assigns
 * a link-person, and the link-person accepts, starts and closes it as attended. Five requests, each with
 * its event trail and access log entries written in the same transaction.
 */
final class ReferralFlows {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(Load.Result load, double flowsPerSecond, long events, long accessLogEntries) {
    }

    private ReferralFlows() {
    }

    static Result run(String silta, Issuer issuer, Connection database, int clients, Duration warmUp, Duration measure)
            throws Exception {
        String coordinator = issuer.token("bench-coordinator", "coordinator");
        for (int i = 0; i < clients; i++) {
            Http.send("PUT", silta + "/api/v1/link-persons/bench-linkperson-" + i, coordinator,
                    JSON.writeValueAsString(Map.of("displayName", "Linkki " + i, "email", "linkki" + i + "@example.org",
                            "capacity", 500, "municipalities", List.of("272"), "languages", List.of("fi", "sv"))))
                    .expect(200);
        }
        long eventsBefore = count(database, "referral_event");
        long accessBefore = count(database, "client_access");
        Load.Result load = Load.run(clients, warmUp, measure, index -> new Flow(silta, issuer.token("bench-nurse-" + index,
                "nurse"), coordinator, issuer.token("bench-linkperson-" + index, "link_person"),
                "bench-linkperson-" + index));
        return new Result(load, load.throughput(), count(database, "referral_event") - eventsBefore,
                count(database, "client_access") - accessBefore);
    }

    private static long count(Connection database, String table) throws Exception {
        try (Statement statement = database.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final class Flow implements Load.Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String silta;
        private final String nurse;
        private final String coordinator;
        private final String linkPerson;
        private final String referral;
        private final String assignment;

        Flow(String silta, String nurse, String coordinator, String linkPerson, String linkPersonName) {
            this.silta = silta;
            this.nurse = nurse;
            this.coordinator = coordinator;
            this.linkPerson = linkPerson;
            try {
                Map<String, Object> client = new HashMap<>();
                client.put("firstName", "Aino");
                client.put("lastName", "Virtanen");
                client.put("identityCode", "131052-308T");
                client.put("phone", "+358 40 123 4567");
                client.put("language", "fi");
                Map<String, Object> body = new HashMap<>();
                body.put("client", client);
                body.put("municipality", "272");
                body.put("context", "SENIOR_CLINIC");
                body.put("needs", List.of("LONELINESS", "PHYSICAL_ACTIVITY"));
                body.put("interests", "laulu, kävely");
                body.put("linkPersonNeeded", true);
                body.put("linkPersonReason", "Ei lähde yksin liikkeelle");
                body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true)));
                body.put("unit", "Kokkolan seniorineuvola");
                this.referral = JSON.writeValueAsString(body);
                this.assignment = JSON.writeValueAsString(Map.of("linkPerson", linkPersonName));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void call(int sequence) throws Exception {
            String created = send("/api/v1/referrals", nurse, referral, 201);
            long id = JSON.readTree(created).path("id").asLong();
            String base = "/api/v1/referrals/" + id;
            send(base + "/assignment", coordinator, assignment, 200);
            send(base + "/transitions", linkPerson, "{\"status\":\"accepted\"}", 200);
            send(base + "/transitions", linkPerson, "{\"status\":\"in-progress\"}", 200);
            send(base + "/transitions", linkPerson, "{\"status\":\"completed\",\"outcome\":\"ATTENDED\"}", 200);
        }

        private String send(String path, String token, String json, int expected) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(silta + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }
}
