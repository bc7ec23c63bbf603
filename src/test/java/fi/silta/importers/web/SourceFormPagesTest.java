package fi.silta.importers.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;
import fi.silta.testsupport.StaffBrowser;

/** An admin adds and changes import sources on the page; a refused field says why, in the admin's language. */
@QuarkusTest
class SourceFormPagesTest {

    private static FeedServer server;

    @BeforeAll
    static void serveAParishCalendar() throws IOException {
        server = FeedServer.start();
        server.serve("/lomake.ics", "text/calendar",
                Files.readString(Path.of("src/test/resources/importers/ics/seurakunta.ics")));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void anAdminAddsASourceFromTheListPage() {
        StaffBrowser admin = StaffBrowser.signIn("admin");
        Document list = Jsoup.parse(admin.get("/staff/admin/sources?lang=fi").asString());
        assertThat(list.select("a[href=/staff/admin/sources/new]").text()).isEqualTo("Lisää lähde");

        Response created = admin.submit("/staff/admin/sources/new?lang=fi", "form.source-form",
                Map.of("name", "lomake-srk", "url", server.url("/lomake.ics"), "hours", "12"));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/staff/admin/sources/lomake-srk?done=created");
        Document page = Jsoup.parse(admin.get(created.header("Location")).asString());
        assertThat(page.select("#confirmation").text()).isEqualTo("Luotu.");
        assertThat(page.select("h1").text()).isEqualTo("lomake-srk");

        JsonPath source = api("lomake-srk").then().statusCode(200).extract().jsonPath();
        assertThat(source.getString("type")).isEqualTo("ICS");
        assertThat(source.getString("syncInterval")).isEqualTo("PT12H");
        assertThat(source.getBoolean("enabled")).isTrue();
    }

    @Test
    void badFieldsAreNamedBesideThemInSwedishAndNothingIsStored() {
        StaffBrowser admin = StaffBrowser.signIn("admin");
        Response refused = admin.submit("/staff/admin/sources/new?lang=sv", "form.source-form",
                Map.of("name", "Iso Nimi", "url", "", "hours", "0"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#f-name-error").text()).startsWith("Använd bara små bokstäver");
        assertThat(page.select("#f-url-error").text()).isEqualTo("Den här uppgiften behövs.");
        assertThat(page.select("#f-hours-error").text()).isEqualTo("Ange ett helt antal timmar 1–720.");
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#f-name", "#f-url",
                "#f-hours");
        assertThat(page.select("#f-name").val()).isEqualTo("Iso Nimi");

        Response secret = admin.submit("/staff/admin/sources/new?lang=sv", "form.source-form",
                Map.of("name", "lomake-tunnus", "url", "https://kayttaja:salasana@example.org/x.ics"));
        assertThat(secret.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(secret.asString()).select("#f-url-error").text())
                .startsWith("Den här adressen kan inte hämtas");
        api("lomake-tunnus").then().statusCode(404);
    }

    @Test
    void aNameInUseIsRefusedBesideTheName() {
        ImportFixtures.createSource(ImportFixtures.adminToken(), "lomake-kaksi", "ICS", server.url("/lomake.ics"));
        StaffBrowser admin = StaffBrowser.signIn("admin");
        Response refused = admin.submit("/staff/admin/sources/new?lang=en", "form.source-form",
                Map.of("name", "lomake-kaksi", "url", server.url("/toinen.ics")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("#f-name-error").text())
                .isEqualTo("A source with this name exists already. Choose another name.");
        assertThat(api("lomake-kaksi").then().extract().jsonPath().getString("url")).endsWith("/lomake.ics");
    }

    @Test
    void anAdminChangesAndDisablesASourceKeepingWhatTheFormDoesNotShow() {
        ImportFixtures.createSource(ImportFixtures.adminToken(), "lomake-muutos", "ICS", server.url("/lomake.ics"));
        StaffBrowser admin = StaffBrowser.signIn("admin");
        String path = "/staff/admin/sources/lomake-muutos?lang=fi";
        Response wrong = admin.submit(path, "form.source-form", Map.of("hours", "kaksi", "enabled", ""));
        assertThat(wrong.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(wrong.asString());
        assertThat(again.select("#f-hours-error").text()).isEqualTo("Anna kokonainen tuntimäärä 1–720.");
        assertThat(again.select("details#edit").hasAttr("open")).isTrue();
        assertThat(api("lomake-muutos").then().extract().jsonPath().getBoolean("enabled")).isTrue();

        Response saved = admin.submit(path, "form.source-form", Map.of("hours", "24", "enabled", ""));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("done=saved#edit");
        assertThat(Jsoup.parse(admin.get(saved.header("Location").replaceFirst("#.*", "")).asString())
                .select("#confirmation").text())
                .isEqualTo("Tallennettu.");
        JsonPath source = api("lomake-muutos").then().statusCode(200).extract().jsonPath();
        assertThat(source.getBoolean("enabled")).isFalse();
        assertThat(source.getString("syncInterval")).isEqualTo("PT24H");
        assertThat(source.getString("defaults.municipality")).isEqualTo("272");
    }

    private static Response api(String name) {
        return given().auth().oauth2(ImportFixtures.adminToken()).when().get("/api/v1/admin/sources/" + name);
    }
}
