package fi.silta.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Cleaning imported text keeps what a reader needs and drops what no reader can see or use. */
class TextsTest {

    /** The rule as a pattern: control, format and lone surrogate characters, except line breaks and tabs. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}&&[^\\n\\t]]");

    @Test
    void controlFormatAndLoneSurrogateCharactersAreDroppedAndEverythingElseKept() {
        assertThat(Texts.clean("Tuoli\u0000jumppa\u200B tänään\uFEFF")).isEqualTo("Tuolijumppa tänään");
        assertThat(Texts.withoutControls("Laulu\tja\nsoitto 🎻")).isEqualTo("Laulu\tja\nsoitto 🎻");
        assertThat(Texts.clean("rikki \uD800 ja \uDC00 puolikkaat")).isEqualTo("rikki ja puolikkaat");
        assertThat(Texts.clean("\u0007\u200E")).isNull();
    }

    @Test
    void theCharactersDroppedAreThoseOfThePatternForAnyText() {
        Random random = new Random(20261206);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                // Mostly the first planes, where control, format and surrogate characters are, and now and then beyond.
                int codePoint = random.nextInt(10) == 0 ? random.nextInt(0x1FFFF) : random.nextInt(0x3000);
                if (Character.isValidCodePoint(codePoint)) {
                    text.appendCodePoint(codePoint);
                }
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(Texts.withoutControls(text)).as("cleaning %s", text.codePoints().boxed().toList())
                    .isEqualTo(INVISIBLE.matcher(text).replaceAll(""));
        }
    }
}
