package fi.silta.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.StaffBrowser;

/** The staff home page shows each role of the referral work what waits for them, counted, with the way to it. */
@QuarkusTest
class ReferralHomeSectionTest {

    private static Document home(String user, String lang) {
        return Jsoup.parse(StaffBrowser.signIn(user).get("/staff?lang=" + lang).asString());
    }

    private static long count(Document home, String href) {
        String text = home.select("main a[href=" + href + "]").text();
        return Long.parseLong(text.replaceAll("^.*: ", ""));
    }

    @Test
    void theNurseFindsANewReferralAndTheirOpenOnes() {
        Document before = home("nurse", "fi");
        assertThat(before.select("main a[href=/staff/referrals/new]").text()).isEqualTo("Uusi lähete");
        long open = count(before, "/staff/referrals");
        CasePageFactsTest.referral("Kotisivullinen", null);
        assertThat(count(home("nurse", "fi"), "/staff/referrals")).isEqualTo(open + 1);
    }

    @Test
    void theCoordinatorSeesTheQueueAndTheLinkPersonTheirNewCases() {
        long queued = count(home("coordinator", "fi"), "/staff/referrals#queue");
        long id = CasePageFactsTest.referral("Jonottava", null);
        Document coordinator = home("coordinator", "sv");
        assertThat(count(coordinator, "/staff/referrals#queue")).isEqualTo(queued + 1);
        assertThat(coordinator.select("main a[href=/staff/referrals#queue]").text())
                .startsWith("Remisser som väntar på en länkperson");
        assertThat(coordinator.select("main a[href=/staff/referrals#overdue]")).isNotEmpty();

        long fresh = count(home("linkperson2", "fi"), "/staff/referrals?status=requested");
        CasePageFactsTest.assign(id, "linkperson2", "Leena Linkki");
        Document linkPerson = home("linkperson2", "fi");
        assertThat(count(linkPerson, "/staff/referrals?status=requested")).isEqualTo(fresh + 1);
        assertThat(linkPerson.select("main a").eachAttr("href")).containsAll(
                List.of("/staff/referrals?overdue=true", "/staff/referrals")).doesNotContain("/staff/referrals/new");
        // Counts only: no client is named on the home page.
        assertThat(linkPerson.text()).doesNotContain("Jonottava");
    }
}
