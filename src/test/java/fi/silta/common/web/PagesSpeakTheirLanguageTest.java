package fi.silta.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * No page in Finnish or Swedish holds an English sentence, a code of one of Silta's enums or a bare municipality
 * code. Each role's pages are crawled from its start pages, following the links and forms' pages it is offered, over
 * data that has what has leaked before: a place in a municipality, a weekly schedule, an edit history, a decided
 * join request. English is any sentence of the English bundles that the Finnish and Swedish ones do not share, or
 * an English function word; text marked {@code lang="en"} (an importer's technical sentence, the language switch)
 * is English on purpose.
 * The referral pages are crawled as the nurse, the coordinator, the link-person and the admin see them, over a
 * referral that has been written, assigned, accepted and contacted.
 */
@QuarkusTest
class PagesSpeakTheirLanguageTest {

    private static final Set<String> NEVER = Set.of("/staff/logout", "/q/", "/api/", "/css/");
    private static final int PAGES_PER_ROLE = 60;
    /** Words English sentences are made of and Finnish and Swedish ones are not. */
    private static final Pattern ENGLISH_WORDS = Pattern
            .compile("\\b(the|must|should|needs|cannot|could not|is not|has no|does not|with the|of the)\\b");
    /** A number that is a segment of an address's path. */
    private static final Pattern PATH_NUMBER = Pattern.compile("/([0-9]+)(?=[/?#\\s]|$)");
    /** Acronyms that are a name people read as well as an enum constant. */
    private static final Set<String> ACRONYMS = Set.of("HSDS", "CSV", "ICS", "WC");

    private static final Set<String> englishSentences = new TreeSet<>();
    private static final Set<String> enumCodes = new TreeSet<>();

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    MunicipalityRepository municipalities;

    @BeforeAll
    static void readBundlesAndCodes() throws IOException {
        Path messages = Path.of("src/main/resources/messages");
        try (Stream<Path> files = Files.list(messages)) {
            for (Path en : files.filter(file -> file.toString().endsWith("_en.properties")).toList()) {
                String bundle = en.getFileName().toString().replace("_en.properties", "");
                Properties english = read(en);
                Properties finnish = read(messages.resolve(bundle + "_fi.properties"));
                Properties swedish = read(messages.resolve(bundle + "_sv.properties"));
                for (String key : english.stringPropertyNames()) {
                    String text = english.getProperty(key);
                    if (text.equals(finnish.getProperty(key)) || text.equals(swedish.getProperty(key))) {
                        continue;
                    }
                    // The parts of a message between its parameters, each a sentence when it has three words.
                    for (String part : text.split("\\{[^}]*}")) {
                        String fragment = part.strip();
                        if (fragment.split("\\s+").length >= 3) {
                            englishSentences.add(fragment);
                        }
                    }
                }
            }
        }
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.silta")) {
            if (type.isEnum()) {
                type.getEnumConstants().forEach(constant -> {
                    if (constant.name().length() >= 2 && !ACRONYMS.contains(constant.name())) {
                        enumCodes.add(constant.name());
                    }
                });
            }
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void noPageAResidentAPublisherOrAnAdminReachesSpeaksEnglishOrCodes() {
        long activity = fixtures.activity(ActivitySpec.titled("Kielitesti tuolijumppa", "Kielstest stolgympa", null)
                .placeAccessibility(AccessibilityFeature.ELEVATOR).accessibility(AccessibilityFeature.INDUCTION_LOOP)
                .capacity(12).infoUrl("https://example.org/tuolijumppa"));
        long organisation = fixtures.organisationWithMembers("Kielitestiyhdistys ry", "publisher");
        StaffBrowser publisher = StaffBrowser.signIn("publisher");
        Response created = publisher.submit("/staff/organisations/" + organisation + "/activities/new?lang=fi",
                "form.activity-form", Map.of("title.fi", "Kielitesti kuoro", "summary.fi", "Laulamme yhdessä.",
                        "onlineUrl", "https://example.org/kuoro"));
        String edit = created.header("Location").replaceFirst("\\?.*", "");
        publisher.submit(edit, "form.activity-form", Map.of("capacity", "20", "summary.sv", "Vi sjunger."));
        publisher.submit(edit, "form.schedule-form", Map.of("kind", "WEEKLY", "date",
                LocalDate.now().plusDays(1).toString(), "startTime", "10.00", "endTime", "11.00", "weekdays",
                "TUESDAY"));
        publisher.submit(edit, "form[action$=/publish]", Map.of());

        Set<String> codes = QuarkusTransaction.requiringNew().call(() -> municipalities.listAll().stream()
                .map(Municipality::code).collect(Collectors.toSet()));

        List<String> problems = new ArrayList<>();
        problems.addAll(crawl(StaffBrowser.anonymous(), List.of("/", "/activities/" + activity,
                "/organisations/join"), codes));
        problems.addAll(crawl(publisher, List.of("/staff", edit, edit + "/preview"), codes));
        problems.addAll(crawl(StaffBrowser.signIn("admin"), List.of("/staff", "/staff/admin",
                "/staff/admin/requests", "/staff/admin/organisations", "/staff/admin/sources"), codes));
        assertThat(problems).isEmpty();
    }

    @Test
    void noReferralPageOfANurseACoordinatorALinkPersonOrAnAdminSpeaksEnglishOrCodes() {
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", "Kerttu");
        client.put("lastName", "Kielitestinen");
        client.put("language", "fi");
        client.put("phone", "+358 40 123 4567");
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("municipality", "272");
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS", "PHYSICAL_ACTIVITY"));
        body.put("urgency", "SOON");
        body.put("interests", "kuorolaulu");
        body.put("linkPersonNeeded", true);
        body.put("linkPersonReason", "Ei lähde yksin");
        body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true),
                Map.of("recipient", "ANONYMOUS_STATISTICS", "given", true)));
        body.put("unit", "Kokkolan seniorineuvola");
        long id = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post("/api/v1/referrals").then().statusCode(201).extract().jsonPath().getLong("id");
        String coordinator = DemoUsers.accessToken("coordinator");
        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("displayName", "Liisa Linkki", "capacity", 50, "municipalities", List.of("272"),
                        "languages", List.of("fi", "sv")))
                .put("/api/v1/link-persons/linkperson").then().statusCode(200);
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("linkPerson", "linkperson"))
                .post("/api/v1/referrals/" + id + "/assignment").then().statusCode(200);
        String linkPerson = DemoUsers.accessToken("linkperson");
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("status", "accepted"))
                .post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200);
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("step", "FIRST_CONTACT"))
                .post("/api/v1/referrals/" + id + "/steps").then().statusCode(200);
        String casePage = "/staff/referrals/" + id;

        Set<String> codes = QuarkusTransaction.requiringNew().call(() -> municipalities.listAll().stream()
                .map(Municipality::code).collect(Collectors.toSet()));
        List<String> problems = new ArrayList<>();
        problems.addAll(crawl(StaffBrowser.signIn("nurse"), List.of("/staff", "/staff/referrals",
                "/staff/referrals/new", casePage, casePage + "/edit"), codes));
        problems.addAll(crawl(StaffBrowser.signIn("coordinator"), List.of("/staff", "/staff/referrals",
                "/staff/referrals/link-persons", casePage), codes));
        problems.addAll(crawl(StaffBrowser.signIn("linkperson"), List.of("/staff", "/staff/referrals", casePage),
                codes));
        problems.addAll(crawl(StaffBrowser.signIn("admin"), List.of("/staff/admin/clients"), codes));
        assertThat(problems).isEmpty();
    }

    /** Visits the start pages and every page they link to on Silta, in Finnish and Swedish; returns what leaked. */
    private List<String> crawl(StaffBrowser browser, List<String> starts, Set<String> municipalityCodes) {
        List<String> problems = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(starts);
        Set<String> seen = new LinkedHashSet<>(starts);
        int visited = 0;
        while (!queue.isEmpty() && visited < PAGES_PER_ROLE) {
            String path = queue.removeFirst();
            visited++;
            for (String language : List.of("fi", "sv")) {
                Response response = browser.get(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                if (response.statusCode() >= 500) {
                    problems.add(path + " (" + language + "): " + response.statusCode());
                }
                String type = response.contentType();
                if (response.statusCode() != 200 || type == null || !type.startsWith("text/html")) {
                    continue;
                }
                Document page = Jsoup.parse(response.asString(), "http://localhost" + path);
                problems.addAll(leaks(path + " (" + language + ")", page, municipalityCodes));
                if (language.equals("fi")) {
                    for (Element link : page.select("main a[href], .staff-bar a[href]")) {
                        String next = link.attr("href").replaceFirst("#.*", "").replaceFirst("\\?.*", "");
                        if (next.startsWith("/") && !next.isEmpty() && crawled(next) && seen.add(next)) {
                            queue.addLast(next);
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static boolean crawled(String path) {
        return NEVER.stream().noneMatch(path::startsWith)
                && !path.endsWith(".ics");
    }

    private List<String> leaks(String where, Document page, Set<String> municipalityCodes) {
        page.select("[lang=en]").remove();
        // A number that is also in an address on the page (a referral's number beside its link, the case's own
        // number) is a record's number, not a municipality code, whatever municipality code it happens to equal.
        Set<String> recordNumbers = new TreeSet<>();
        Stream.concat(Stream.of(where), page.select("a[href], form[action]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("action")))
                .forEach(address -> PATH_NUMBER.matcher(address).results().forEach(m -> recordNumbers.add(m.group(1))));
        String text = page.body().text() + " " + page.select("[title], [aria-label], [placeholder]").stream()
                .map(e -> e.attr("title") + " " + e.attr("aria-label") + " " + e.attr("placeholder"))
                .collect(Collectors.joining(" "));
        List<String> problems = new ArrayList<>();
        englishSentences.stream().filter(text::contains)
                .forEach(sentence -> problems.add(where + ": English \"" + sentence + "\""));
        var english = ENGLISH_WORDS.matcher(text);
        if (english.find()) {
            int from = Math.max(0, english.start() - 40);
            problems.add(where + ": English near \"" + text.substring(from, Math.min(text.length(), english.end() + 40))
                    + "\"");
        }
        for (String token : text.split("[\\s,.;:!?()\\[\\]\"'/–—]+")) {
            if (enumCodes.contains(token)) {
                problems.add(where + ": code " + token);
            }
            if (token.matches("[0-9]{3}") && municipalityCodes.contains(token) && !recordNumbers.contains(token)) {
                problems.add(where + ": municipality code " + token);
            }
        }
        return problems;
    }
}
