package fi.silta.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import fi.silta.common.Language;
import fi.silta.importers.FeedException;
import fi.silta.importers.FeedSession;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.ParsedFeed;

/** The template shipped in docs/ imports as it is, so it stays a working starting point. */
class CsvTemplateTest {

    private static FeedSession session() {
        KeywordMap keywords = KeywordMap.builder().category(KeywordMap.TEXT, "SOCIAL", "SOCIAL")
                .category(KeywordMap.TEXT, "PEER_SUPPORT", "PEER_SUPPORT")
                .targetGroup(KeywordMap.TEXT, "SENIORS", "SENIORS").build();
        return new FeedSession("template", Path.of("template.csv").toUri(), Language.FI, keywords, null,
                Instant.now(), Instant.now().plusSeconds(30), 10, 1000);
    }

    @Test
    void theDocumentedTemplateImports() throws IOException, FeedException {
        ParsedFeed feed = new CsvImporter().parse(Files.readString(Path.of("docs/importers-template.csv")), session());
        assertThat(feed.failures()).isEmpty();
        assertThat(feed.records()).extracting(ImportedActivity::originId)
                .containsExactly("kohtaamiskahvila", "digiapu");
        ImportedActivity cafe = feed.records().get(0);
        assertThat(cafe.categories()).containsExactly("PEER_SUPPORT", "SOCIAL");
        assertThat(cafe.targetGroups()).containsExactly("SENIORS");
        assertThat(cafe.languages()).containsExactly("fi", "sv");
        assertThat(cafe.schedules().get(0).rrule()).isEqualTo("FREQ=WEEKLY;UNTIL=20251216T235959");
        assertThat(cafe.schedules().get(0).exceptions()).containsExactly(LocalDateTime.of(2025, 10, 14, 13, 0));
        assertThat(feed.records().get(1).onlineUrl()).isEqualTo("https://meet.example/digiapu");
    }

    @Test
    void anEmptyFileFailsAsAWhole() {
        assertThatThrownBy(() -> new CsvImporter().parse("", session())).isInstanceOf(FeedException.class)
                .hasMessageContaining("empty");
    }
}
