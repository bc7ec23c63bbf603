package fi.silta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.silta.common.BusinessId;
import fi.silta.organisations.OrganisationType;

/** The demo catalogue a newcomer meets is as broad as promised: every municipality, every kind of organiser. */
class DemoCatalogueFilesTest {

    private static final Set<String> CENTRAL_OSTROBOTHNIA = Set.of("272", "217", "236", "924", "584", "074", "421",
            "849");
    private static final List<DemoCatalogue> CATALOGUES = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        for (String file : DemoDataLoader.FILES) {
            try (InputStream in = DemoCatalogueFilesTest.class.getClassLoader().getResourceAsStream(file)) {
                CATALOGUES.add(json.readValue(in, DemoCatalogue.class));
            }
        }
    }

    @Test
    void atLeast150ActivitiesFrom30OrganisationsOfEveryType() {
        List<DemoCatalogue.DemoOrganisation> organisations = CATALOGUES.stream()
                .flatMap(c -> c.organisations().stream()).toList();
        assertThat(CATALOGUES.stream().mapToInt(c -> c.activities().size()).sum()).isGreaterThanOrEqualTo(150);
        assertThat(organisations).hasSizeGreaterThanOrEqualTo(30);
        assertThat(organisations.stream().map(o -> OrganisationType.valueOf(o.type())).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(OrganisationType.values());
        assertThat(organisations).allSatisfy(o -> assertThat(BusinessId.isValid(o.businessId())).as(o.key()).isTrue());
    }

    @Test
    void everyMunicipalityOfTheCountyHasActivities() {
        Map<String, Integer> perMunicipality = new HashMap<>();
        for (DemoCatalogue catalogue : CATALOGUES) {
            Map<String, String> placeMunicipality = catalogue.places().stream()
                    .collect(Collectors.toMap(DemoCatalogue.DemoPlace::key, DemoCatalogue.DemoPlace::municipality));
            catalogue.activities().stream().filter(a -> a.place() != null)
                    .forEach(a -> perMunicipality.merge(placeMunicipality.get(a.place()), 1, Integer::sum));
        }
        assertThat(perMunicipality.keySet()).containsAll(CENTRAL_OSTROBOTHNIA);
    }

    @Test
    void bilingualListingsAndBothKindsOfSeries() {
        List<DemoCatalogue.DemoActivity> activities = CATALOGUES.stream().flatMap(c -> c.activities().stream())
                .toList();
        assertThat(activities.stream().filter(a -> a.title().sv() != null)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(activities.stream().flatMap(a -> a.schedules().stream())
                .filter(s -> s.rrule() != null && s.rrule().contains("FREQ=WEEKLY"))).isNotEmpty();
        assertThat(activities.stream().flatMap(a -> a.schedules().stream())
                .filter(s -> s.rrule() != null && s.rrule().contains("FREQ=MONTHLY"))).isNotEmpty();
        assertThat(activities).allSatisfy(a -> assertThat(a.title().fi()).as(a.key()).isNotBlank());
    }
}
