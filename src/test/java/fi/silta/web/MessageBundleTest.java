package fi.silta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fi.silta.common.web.PageMessages;

/** Every visible string exists, non-empty, in fi, sv and en, and every key a template uses exists. */
class MessageBundleTest {

    /** Each bundle: its name in templates and files, and the interface that declares its keys. */
    private static final Map<String, Class<?>> BUNDLES = Map.of("msg", PageMessages.class, "staff", StaffMessages.class,
            "admin",
            AdminMessages.class, "signup", SignUpMessages.class, "ref", ReferralMessages.class);

    private static Set<String> keys(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = { "fi", "sv", "en" })
    void everyMessageExistsInEveryLanguage(String language) throws IOException {
        for (Map.Entry<String, Class<?>> bundle : BUNDLES.entrySet()) {
            Properties messages = new Properties();
            String file = "/messages/" + bundle.getKey() + "_" + language + ".properties";
            try (var in = new InputStreamReader(getClass().getResourceAsStream(file), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            assertThat(messages.stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(keys(bundle.getValue()));
            messages.forEach((key, value) -> assertThat(value.toString()).as(file + " " + key).isNotBlank());
        }
    }

    @Test
    void templatesUseOnlyKeysThatExist() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String template = Files.readString(file);
                for (Map.Entry<String, Class<?>> bundle : BUNDLES.entrySet()) {
                    Matcher matcher = Pattern.compile("\\b" + bundle.getKey() + ":(\\w+)").matcher(template);
                    while (matcher.find()) {
                        assertThat(keys(bundle.getValue())).as(file + " uses " + matcher.group(1))
                                .contains(matcher.group(1));
                    }
                }
            }
        }
    }
}
