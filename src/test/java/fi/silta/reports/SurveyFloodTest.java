package fi.silta.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** A flood of anonymous survey answers is refused with 429 and Retry-After beyond the limit, and nothing stored. */
@QuarkusTest
@TestProfile(SurveyFloodTest.LowLimits.class)
class SurveyFloodTest {

    /** Three anonymous writes an address an hour. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("silta.security.anonymous-writes.per-address", "3",
                    "silta.security.anonymous-writes.overall", "1000");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void beyondTheLimitAnswersAreRefusedAndNotStored() {
        long id = ResidentVoiceTest.survey("Tulvakysely");
        for (int i = 0; i < 3; i++) {
            ResidentVoiceTest.answer(id, "272", "FROM_50_TO_64", 3, 3).then().statusCode(201);
        }
        Response refused = ResidentVoiceTest.answer(id, "272", "FROM_50_TO_64", 3, 3);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from survey_answer where survey_id = " + id).getSingleResult())
                .longValue());
        assertThat(stored).isEqualTo(3);
    }
}
