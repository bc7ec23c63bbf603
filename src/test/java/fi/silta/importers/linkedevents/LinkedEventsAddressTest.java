package fi.silta.importers.linkedevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** The first page asks for places and keywords inline and for big pages, unless the source URL says otherwise. */
class LinkedEventsAddressTest {

    @Test
    void includeAndPageSizeAreAddedWhenMissing() {
        assertThat(LinkedEventsImporter.firstPage(URI.create("https://api.hel.fi/linkedevents/v1/event/")))
                .hasToString("https://api.hel.fi/linkedevents/v1/event/?include=location,keywords&page_size=100");
        assertThat(LinkedEventsImporter.firstPage(
                URI.create("https://api.hel.fi/linkedevents/v1/event/?keyword=yso:p2433&start=today")))
                .hasToString("https://api.hel.fi/linkedevents/v1/event/?keyword=yso:p2433&start=today"
                        + "&include=location,keywords&page_size=100");
    }

    @Test
    void whatTheSourceUrlSaysIsKept() {
        URI url = URI.create("https://api.hel.fi/linkedevents/v1/event/?include=location&page_size=20");
        assertThat(LinkedEventsImporter.firstPage(url)).isEqualTo(url);
        URI file = URI.create("file:///data/events.json");
        assertThat(LinkedEventsImporter.firstPage(file)).isEqualTo(file);
    }
}
