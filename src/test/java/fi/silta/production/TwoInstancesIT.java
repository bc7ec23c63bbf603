package fi.silta.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fi.silta.localstack.LocalStack;
import fi.silta.localstack.ServiceControl;

/**
 * Two instances behind one load balancer, on one database and one search cluster: a listing written through one is
 * found through the other; the index rebuild one of them runs is seen, and refused a second time, on the other; and
 * every run of a scheduled job happens on one of them only. The two form their own scheduler cluster (a name of their
 * own) with jobs due every few seconds, so the test sees many runs without touching the stack's first instance.
 */
class TwoInstancesIT {

    private static final Pattern RUN = Pattern.compile("Scheduled job (\\S+) ran here: due (\\S+),");
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static ProductionStack stack;
    private static PackagedSilta first;
    private static PackagedSilta second;
    private static Publisher publisher;

    @BeforeAll
    static void twoInstances() {
        stack = ProductionStack.get().restAssured();
        Map<String, String> cluster = Map.of("QUARKUS_QUARTZ_INSTANCE_NAME", "silta-two-instances",
                "SILTA_CATALOGUE_EXPANSION_CRON", "*/2 * * * * ?", "SILTA_REFERRALS_RETENTION_CRON", "*/3 * * * * ?");
        // One after the other, as a rolling deployment starts them: the first writes the jobs into the store.
        first = stack.startInstance("instance-a", cluster);
        second = stack.startInstance("instance-b", cluster);
        publisher = Publisher.join(stack, "Kahden Palvelimen Kuoro ry");
    }

    @AfterAll
    static void stopBoth() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aListingWrittenThroughOneIsFoundThroughTheOther() {
        long id = publisher.publish(first.url(), "Kuorolaulu kahdella palvelimella");
        await().atMost(LIMIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Calls.Answer found = Calls.get(second.url() + "/api/v1/activities?q=kuorolaulu", null, "application/json",
                    LIMIT);
            assertThat(found.status()).isEqualTo(200);
            List<Long> ids = new ArrayList<>();
            found.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
            assertThat(ids).contains(id);
        });
    }

    @Test
    void theIndexRebuildIsOneForBothInstances() {
        String admin = stack.accessToken("admin");
        String path = "/api/v1/admin/search/reindex";
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING"
                .equals(Calls.get(second.url() + path, admin, "application/json", LIMIT).json().path("status").asText()));
        // The engine holds its answers for a moment, so the rebuild is still going while the other instance looks.
        ServiceControl engine = LocalStack.searchEngine();
        engine.pause();
        try {
            Calls.Answer started = Calls.send("POST", first.url() + path, admin, null, LIMIT);
            assertThat(started.status()).as("start on the first: %s", started).isEqualTo(202);
            Calls.Answer seen = Calls.get(second.url() + path, admin, "application/json", LIMIT);
            assertThat(seen.json().path("status").asText()).as("%s", seen).isEqualTo("RUNNING");
            assertThat(seen.json().path("startedBy").asText()).isEqualTo("admin");
            assertThat(seen.json().path("startedAt").asText()).isEqualTo(started.json().path("startedAt").asText());
            Calls.Answer again = Calls.send("POST", second.url() + path, admin, null, LIMIT);
            assertThat(again.status()).as("a second start on the other: %s", again).isEqualTo(409);
            assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        } finally {
            engine.resume();
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                Calls.get(second.url() + path, admin, "application/json", LIMIT).json().path("status").asText())
                .isEqualTo("SUCCEEDED"));
    }

    @Test
    void eachRunOfAScheduledJobHappensOnOneInstanceOnly() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(runs("occurrence-expansion")).hasSizeGreaterThanOrEqualTo(5);
            assertThat(runs("referral-retention")).hasSizeGreaterThanOrEqualTo(3);
        });
        for (String job : List.of("occurrence-expansion", "referral-retention")) {
            List<String> due = runs(job);
            assertThat(due).as("due times of %s run on either instance", job).doesNotHaveDuplicates();
        }
    }

    /** The due times of a job's runs, as both instances logged them. */
    private static List<String> runs(String job) {
        List<String> due = new ArrayList<>();
        for (PackagedSilta instance : List.of(first, second)) {
            for (String line : instance.logLines()) {
                Matcher run = RUN.matcher(line);
                if (run.find() && run.group(1).equals(job)) {
                    due.add(run.group(2));
                }
            }
        }
        return due;
    }
}
