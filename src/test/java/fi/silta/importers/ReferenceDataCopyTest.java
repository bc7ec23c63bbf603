package fi.silta.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The importer tests read copies of public corpora under {@code src/test/resources/reference-data}. Where the
 * shared originals sit beside the project, every original file must be copied unchanged, so a corpus that
 * grows upstream cannot be silently left out.
 */
class ReferenceDataCopyTest {

    private static final Path ORIGINALS = Path.of("../shared/data");
    private static final Path COPIES = Path.of("src/test/resources/reference-data");

    @ParameterizedTest
    @ValueSource(strings = { "ical", "hsds/3.0/examples", "activities/linkedevents-helsinki",
            "fi/henkilotunnus_test_vectors.json", "fhir/task_state_transitions.json" })
    void theCopyHoldsEveryOriginalFileUnchanged(String folder) throws IOException {
        Assumptions.assumeTrue(Files.exists(ORIGINALS.resolve(folder)), "no shared data beside the project");
        List<Path> originals;
        try (Stream<Path> files = Files.walk(ORIGINALS.resolve(folder))) {
            originals = files.filter(Files::isRegularFile).toList();
        }
        assertThat(originals).isNotEmpty();
        for (Path original : originals) {
            Path copy = COPIES.resolve(ORIGINALS.relativize(original).toString());
            assertThat(copy).as("copy of " + original).exists();
            assertThat(Files.mismatch(original, copy)).as(copy.toString()).isEqualTo(-1L);
        }
    }
}
