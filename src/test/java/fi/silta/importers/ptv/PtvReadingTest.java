package fi.silta.importers.ptv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** PTV's paging and coordinates, without a container. */
class PtvReadingTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode page(int number, int count) throws Exception {
        return json.readTree("{\"pageNumber\": " + number + ", \"pageCount\": " + count + ", \"itemList\": []}");
    }

    @Test
    void pagesNumberedFromOneAreFollowedToTheLast() throws Exception {
        URI first = URI.create("https://api.example/api/v11/Service/list/organization?organizationId=abc");
        URI second = PtvImporter.nextPage(page(1, 3), first, 1);
        assertThat(second).hasToString("https://api.example/api/v11/Service/list/organization?organizationId=abc&page=2");
        assertThat(PtvImporter.nextPage(page(2, 3), second, 1)).hasToString(
                "https://api.example/api/v11/Service/list/organization?organizationId=abc&page=3");
        assertThat(PtvImporter.nextPage(page(3, 3), second, 1)).isNull();
    }

    @Test
    void pagesNumberedFromZeroStopBeforeTheCount() throws Exception {
        URI first = URI.create("https://api.example/api/v11/Service/list/organization?organizationId=abc&page=0");
        assertThat(PtvImporter.nextPage(page(0, 2), first, 0)).hasToString(
                "https://api.example/api/v11/Service/list/organization?organizationId=abc&page=1");
        assertThat(PtvImporter.nextPage(page(1, 2), first, 0)).isNull();
        assertThat(PtvImporter.nextPage(page(0, 1), first, 0)).isNull();
    }

    /** Points projected to TM35FIN with an independent implementation of the forward projection. */
    @Test
    void tm35finMetresBecomeWgs84Degrees() {
        double[] kokkola = PtvChannels.coordinates("7084809.428", "309742.386");
        assertThat(kokkola[0]).isCloseTo(63.8387, within(0.00001));
        assertThat(kokkola[1]).isCloseTo(23.1307, within(0.00001));
        double[] central = PtvChannels.coordinates("7084395.238", "310126.535");
        assertThat(central[0]).isCloseTo(63.8352, within(0.00001));
        assertThat(central[1]).isCloseTo(23.1390, within(0.00001));
    }

    @Test
    void degreesAreKeptAndNonsenseIsLeftOut() {
        assertThat(PtvChannels.coordinates("60.1699", "24.9384")).containsExactly(60.1699, 24.9384);
        assertThat(PtvChannels.coordinates("0", "0")).isNull();
        assertThat(PtvChannels.coordinates("pohjoinen", "24.9")).isNull();
        assertThat(PtvChannels.coordinates(null, "24.9")).isNull();
    }
}
