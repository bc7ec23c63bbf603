package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;

/**
 * Client data in the database: the free text about a client (interests, the link-person reason, the reasons of
 * changes) is encrypted like the names, with the id of the key that wrote it, bound to its column; a note of the
 * longest allowed length in any script is kept; a value an earlier key wrote is still read and, by the admin's
 * command, encrypted again with the current key; the blind index's key is its own; production refuses the keys
 * this repository publishes.
 */
@QuarkusTest
class ClientDataAtRestTest {

    private static final String API = "/api/v1/referrals";
    /** The earlier key the test configuration keeps (silta.referrals.previous-client-data-keys). */
    private static final String EARLIER_KEY = "nX6uTg/nS04sMIz1pEzX+H/1gEMm5ObBCsNZ/JkghM0=";
    private static final String DATA_KEY = "4vSR27yCA8SZIgHhqi9zNEzvqczPhagFct5D4rM1FQo=";
    private static final String INDEX_KEY = "fzUUx8vCIQ21KGHjUuVX8jX2uckeDTHZaa0VAsIm1hg=";

    @Inject
    ClientDataCipher cipher;

    @Test
    void freeTextAboutTheClientIsStoredEncryptedWithItsKeyId() throws SQLException {
        String nurse = DemoUsers.accessToken("nurse");
        Map<String, Object> body = ReferralFlowTest.referral("Salattu", true);
        body.put("interests", "SALAINEN-KIINNOSTUS kuoro");
        body.put("linkPersonReason", "SALAINEN-SYY muistisairaus");
        long id = given().auth().oauth2(nurse).contentType("application/json").body(body).post(API).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(API + "/" + id + "/assignment").then().statusCode(200);
        // A reason typed into the history (the assignment itself records only the link-person's user name).
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(Map.of("reason", "SALAINEN-PALAUTUS lomalla")).post(API + "/" + id + "/return").then()
                .statusCode(200);

        List<String> stored = new ArrayList<>();
        stored.addAll(column("SELECT interests FROM referral WHERE id = ?", id));
        stored.addAll(column("SELECT link_person_reason FROM referral WHERE id = ?", id));
        stored.addAll(column("SELECT reason FROM referral_event WHERE referral_id = ? AND reason IS NOT NULL", id));
        assertThat(stored).hasSizeGreaterThanOrEqualTo(3).allSatisfy(value -> assertThat(value).startsWith("v2:1:")
                .doesNotContain("SALAINEN").doesNotContain("assigned"));
        given().auth().oauth2(nurse).get(API + "/" + id).then().statusCode(200)
                .body("interests", equalTo("SALAINEN-KIINNOSTUS kuoro"));
    }

    @Test
    void aNoteOfTheLongestAllowedLengthIsKeptInAnyScript() {
        String nurse = DemoUsers.accessToken("nurse");
        long id = given().auth().oauth2(nurse).contentType("application/json")
                .body(ReferralFlowTest.referral("Pitkämuistiinpano", false)).post(API).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String note = "ä".repeat(2000) + "ж".repeat(1999) + "€";
        given().auth().oauth2(nurse).contentType("application/json")
                .body(Map.of("kind", "PHONE", "date", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString(), "note",
                        note))
                .post(API + "/" + id + "/contacts").then().statusCode(201);
        given().auth().oauth2(nurse).get(API + "/" + id + "/contacts").then().statusCode(200)
                .body("[0].note", equalTo(note));
    }

    @Test
    void anEarlierKeysValuesAreReadAndTheAdminCommandEncryptsThemAgain() throws SQLException {
        String nurse = DemoUsers.accessToken("nurse");
        long id = given().auth().oauth2(nurse).contentType("application/json")
                .body(ReferralFlowTest.referral("Vanhaavainta", true)).post(API).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        ClientDataCipher earlier = new ClientDataCipher(keys("0", EARLIER_KEY, List.of(), INDEX_KEY), false);
        asOwner("UPDATE referral SET interests = ?, link_person_reason = ? WHERE id = ?",
                earlier.encrypt("VANHA-AVAIN kuoro", EncryptedColumn.INTERESTS),
                "plain:ennen salausta kirjoitettu", id);
        given().auth().oauth2(nurse).get(API + "/" + id).then().statusCode(200)
                .body("interests", equalTo("VANHA-AVAIN kuoro"))
                .body("linkPersonReason", equalTo("ennen salausta kirjoitettu"));

        given().auth().oauth2(DemoUsers.accessToken("admin")).post("/api/v1/admin/client-data/re-encryption").then()
                .statusCode(200).body("keyId", equalTo("1"));
        assertThat(column("SELECT interests FROM referral WHERE id = ?", id)).singleElement()
                .satisfies(value -> assertThat(value).startsWith("v2:1:"));
        assertThat(column("SELECT link_person_reason FROM referral WHERE id = ?", id)).singleElement()
                .satisfies(value -> assertThat(value).startsWith("v2:1:"));
        given().auth().oauth2(nurse).get(API + "/" + id).then().statusCode(200)
                .body("interests", equalTo("VANHA-AVAIN kuoro"));
        // Only an admin runs it.
        given().auth().oauth2(nurse).post("/api/v1/admin/client-data/re-encryption").then().statusCode(403);
    }

    @Test
    void aValueMovedToAnotherColumnDoesNotDecrypt() {
        String code = cipher.encrypt("131052-308T", EncryptedColumn.CLIENT_IDENTITY_CODE);
        assertThat(cipher.decrypt(code, EncryptedColumn.CLIENT_IDENTITY_CODE)).isEqualTo("131052-308T");
        assertThatThrownBy(() -> cipher.decrypt(code, EncryptedColumn.CLIENT_LAST_NAME))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("131052");
    }

    @Test
    void theIndexKeyIsASecretOfItsOwnAndProductionRefusesPublishedKeys() {
        // A new data key leaves the blind index as it was.
        String newDataKey = "q2xV1b6v7oYg9mFJd0mS3o2C1kq8Qf6yq5bK7wzR2tA=";
        ClientDataCipher rotated = new ClientDataCipher(
                keys("2", newDataKey, List.of("1:" + DATA_KEY), INDEX_KEY), false);
        assertThat(rotated.index("131052-308T")).isEqualTo(cipher.index("131052-308T"));
        assertThat(rotated.decrypt(cipher.encrypt("Aino", EncryptedColumn.CLIENT_FIRST_NAME),
                EncryptedColumn.CLIENT_FIRST_NAME)).isEqualTo("Aino");

        assertThat(ClientDataCipher.refusal(keys("1", DATA_KEY, List.of(), INDEX_KEY), true))
                .contains("published");
        assertThat(ClientDataCipher.refusal(keys("1", newDataKey, List.of(), newDataKey), false))
                .contains("client-index-key");
        assertThat(ClientDataCipher.refusal(keys("1", newDataKey, List.of(),
                "Yk3s9d8fj2Lq0wPz7xV4nB6mC1rT5uE8iO2pA9sD3fG="), true)).isNull();
    }

    /** Settings with the given keys and nothing else. */
    private static ReferralsConfig keys(String id, String key, List<String> previous, String index) {
        return (ReferralsConfig) Proxy.newProxyInstance(ReferralsConfig.class.getClassLoader(),
                new Class<?>[] { ReferralsConfig.class }, (proxy, method, arguments) -> switch (method.getName()) {
                    case "clientDataKey" -> key;
                    case "clientDataKeyId" -> id;
                    case "previousClientDataKeys" -> Optional.of(previous);
                    case "clientIndexKey" -> index;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static List<String> column(String sql, long id) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private static void asOwner(String sql, String first, String second, long id) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, first);
            statement.setString(2, second);
            statement.setLong(3, id);
            statement.executeUpdate();
        }
    }
}
