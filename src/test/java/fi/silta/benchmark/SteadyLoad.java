package fi.silta.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An open-loop load at a steady rate: requests leave at fixed intervals whatever the answers do, so a slow or absent
 * answer shows as latency and never slows the load down (no coordinated omission). Nine requests in ten are searches
 * from the benchmark's mixed query set; the tenth is the next step of a write flow: a publisher writing, scheduling and
 * publishing a listing, or a referral created, assigned, accepted, started and closed. A step answered 503 is tried
 * again at the next write; a flow whose step fails otherwise is abandoned and counted. Every request's latency is
 * counted from the moment it was due.
 */
final class SteadyLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The made-up word every listing the load writes carries in its title, so that all of them can be found. */
    static final String MARKER = "zyxkesto";

    /** One request: when it was due (ms since the load began), what it was, its status (0: no answer) and latency. */
    record Sample(long dueMs, String kind, int status, double ms) {
    }

    private final String silta;
    private final List<BenchQuery> queries;
    private final Tokens tokens;
    private final long organisation;
    private final long place;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Queue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final Queue<Flow> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicLong flows = new AtomicLong();
    private final Set<Long> published = ConcurrentHashMap.newKeySet();
    /** Each referral's status as the last acknowledged answer gave it. */
    private final Map<Long, String> referrals = new ConcurrentHashMap<>();
    private final AtomicLong abandoned = new AtomicLong();
    /** When the load began (System.nanoTime): minute 0 starts here. */
    private volatile long origin;

    /** The users the load acts as. */
    record Tokens(String publisher, String nurse, String coordinator, String linkPerson, String linkPersonName) {
    }

    SteadyLoad(String silta, List<BenchQuery> queries, Tokens tokens, long organisation, long place) {
        this.silta = silta;
        this.queries = queries;
        this.tokens = tokens;
        this.organisation = organisation;
        this.place = place;
    }

    /** While true, every request is a search and nothing is kept: the warm-up before the measured load. */
    private volatile boolean warming;

    /**
     * Searches at the load's rate for {@code duration} and forgets them: a freshly started JVM and a freshly built index
     * answer their first searches slowly, which is start-up, not the steady state this run measures.
     */
    void warmUp(int perSecond, Duration duration) throws InterruptedException {
        warming = true;
        try {
            run(perSecond, duration, System.nanoTime());
        } finally {
            warming = false;
            samples.clear();
        }
    }

    /** Sends {@code perSecond} requests a second for {@code duration}, then waits for the last answers. */
    void run(int perSecond, Duration duration, long startNanos) throws InterruptedException {
        origin = startNanos;
        ExecutorService senders = Executors.newFixedThreadPool(384, runnable -> {
            Thread thread = new Thread(runnable, "steady-load");
            thread.setDaemon(true);
            return thread;
        });
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long period = 1_000_000_000L / perSecond;
        long total = duration.toNanos() / period;
        AtomicLong sequence = new AtomicLong();
        ticker.scheduleAtFixedRate(() -> {
            long n = sequence.getAndIncrement();
            if (n >= total) {
                return;
            }
            long due = startNanos + n * period;
            senders.execute(() -> {
                if (n % 10 == 9 && !warming) {
                    write(due);
                } else {
                    search(queries.get((int) (n % queries.size())), due);
                }
            });
        }, Math.max(0, startNanos - System.nanoTime()), period, TimeUnit.NANOSECONDS);
        while (sequence.get() < total) {
            Thread.sleep(200);
        }
        ticker.shutdownNow();
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    Set<Long> published() {
        return Set.copyOf(published);
    }

    Map<Long, String> referrals() {
        return Map.copyOf(referrals);
    }

    long abandonedFlows() {
        return abandoned.get();
    }

    long startedFlows() {
        return flows.get();
    }

    private void search(BenchQuery query, long due) {
        send("search", "GET", query.siltaPath(), null, null, due);
    }

    private void write(long due) {
        Flow flow = waiting.poll();
        if (flow == null) {
            long n = flows.incrementAndGet();
            flow = n % 2 == 0 ? new Flow(n, false) : new Flow(n, true);
        }
        try {
            if (flow.step(due)) {
                waiting.add(flow);
            }
        } catch (IOException e) {
            abandoned.incrementAndGet();
        }
    }

    /** A publishing flow (create, schedule, publish) or a referral flow (create, assign, three moves). */
    private final class Flow {
        private final long number;
        private final boolean publishing;
        private int step;
        private long id;
        private long version;

        Flow(long number, boolean publishing) {
            this.number = number;
            this.publishing = publishing;
        }

        /** Sends the next step; true while the flow has steps left. */
        boolean step(long due) throws IOException {
            Answer answer = publishing ? publishingStep(due) : referralStep(due);
            if (answer.status() == 503) {
                return true;
            }
            if (answer.status() < 200 || answer.status() >= 300) {
                abandoned.incrementAndGet();
                return false;
            }
            JsonNode body = answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
            if (step == 0) {
                id = body.path("id").asLong();
            }
            version = body.path("version").asLong(version);
            if (!publishing && body.hasNonNull("status")) {
                referrals.put(id, body.path("status").asText());
            }
            step++;
            if (publishing && step == 3) {
                published.add(id);
                return false;
            }
            return publishing || step < 5;
        }

        private Answer publishingStep(long due) throws IOException {
            return switch (step) {
                case 0 -> send("publish", "POST", "/api/v1/publishing/organisations/" + organisation + "/activities",
                        tokens.publisher(), draft(), due);
                case 1 -> {
                    LocalDate start = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(1 + number % 20);
                    yield send("publish", "POST", "/api/v1/publishing/activities/" + id + "/schedules",
                            tokens.publisher(), JSON.writeValueAsString(Map.of("version", version, "kind", "WEEKLY",
                                    "date", start.toString(), "startTime", "10:00", "endTime", "11:30", "weekdays",
                                    List.of(start.getDayOfWeek().name()), "until", start.plusWeeks(8).toString(),
                                    "exceptions", List.of())),
                            due);
                }
                default -> send("publish", "POST", "/api/v1/publishing/activities/" + id + "/publish",
                        tokens.publisher(), JSON.writeValueAsString(Map.of("version", version)), due);
            };
        }

        private String draft() throws IOException {
            Map<String, Object> body = new HashMap<>();
            body.put("version", 0);
            body.put("title", Map.of("fi", "Zyxkesto " + number + " kävelyryhmä"));
            body.put("summary", Map.of("fi", "Reipas kävely yhdessä, kaikille avoin."));
            body.put("categories", List.of("PHYSICAL_ACTIVITY"));
            body.put("languages", List.of("fi"));
            body.put("free", true);
            body.put("registration", "NONE");
            body.put("placeId", place);
            return JSON.writeValueAsString(body);
        }

        private Answer referralStep(long due) throws IOException {
            String base = "/api/v1/referrals/" + id;
            return switch (step) {
                case 0 -> send("referral", "POST", "/api/v1/referrals", tokens.nurse(), referral(), due);
                case 1 -> send("referral", "POST", base + "/assignment", tokens.coordinator(),
                        JSON.writeValueAsString(Map.of("linkPerson", tokens.linkPersonName())), due);
                case 2 -> send("referral", "POST", base + "/transitions", tokens.linkPerson(),
                        "{\"status\":\"accepted\"}", due);
                case 3 -> send("referral", "POST", base + "/transitions", tokens.linkPerson(),
                        "{\"status\":\"in-progress\"}", due);
                default -> send("referral", "POST", base + "/transitions", tokens.linkPerson(),
                        "{\"status\":\"completed\",\"outcome\":\"ATTENDED\"}", due);
            };
        }

        private String referral() throws IOException {
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
            body.put("interests", "kävely");
            body.put("linkPersonNeeded", true);
            body.put("linkPersonReason", "Ei lähde yksin liikkeelle");
            body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true)));
            body.put("unit", "Kokkolan seniorineuvola");
            return JSON.writeValueAsString(body);
        }
    }

    private record Answer(int status, String body) {
    }

    private Answer send(String kind, String method, String path, String token, String json, long due) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(silta + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        Answer answer;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            answer = new Answer(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Answer(0, "");
        }
        long now = System.nanoTime();
        samples.add(new Sample((due - origin) / 1_000_000, kind, answer.status(), (now - due) / 1e6));
        return answer;
    }
}
