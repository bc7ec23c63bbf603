package fi.silta.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.StaffBrowser;

/** A refused page does not tell Silta's admin to ask Silta's admin; everyone else is told whom to ask. */
@QuarkusTest
class AdminRefusalTextTest {

    @Test
    void theAdminOnTheReferralPagesReadsWhyNotWhomToAsk() {
        Response refused = StaffBrowser.signIn("admin").get("/staff/referrals?lang=en");
        assertThat(refused.statusCode()).isEqualTo(403);
        String text = Jsoup.parse(refused.asString()).select("main").text();
        assertThat(text).contains("the admin role does not reach it").doesNotContain("ask Silta's admin");
    }

    @Test
    void aNurseOnTheAdminPagesIsToldToAskTheAdmin() {
        Response refused = StaffBrowser.signIn("nurse").get("/staff/admin?lang=en");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.asString()).select("main").text()).contains("ask Silta's admin");
    }
}
