package fi.silta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every visible string exists, non-empty, in fi, sv and en, and every key a template uses exists. */
class MessageBundleTest {

    private static final Set<String> KEYS = Arrays.stream(Messages.class.getDeclaredMethods()).map(Method::getName)
            .collect(Collectors.toSet());

    @ParameterizedTest
    @ValueSource(strings = { "fi", "sv", "en" })
    void everyMessageExistsInEveryLanguage(String language) throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/messages/msg_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        assertThat(messages.stringPropertyNames()).as(language).containsExactlyInAnyOrderElementsOf(KEYS);
        messages.forEach((key, value) -> assertThat(value.toString()).as(language + " " + key).isNotBlank());
    }

    @Test
    void templatesUseOnlyKeysThatExist() throws IOException {
        Pattern use = Pattern.compile("\\{msg:(\\w+)");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = use.matcher(Files.readString(file));
                while (matcher.find()) {
                    assertThat(KEYS).as(file + " uses " + matcher.group(1)).contains(matcher.group(1));
                }
            }
        }
    }
}
