package fi.silta.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible string comes from a message bundle, exists, non-empty, in fi, sv and en, and every key a template
 * uses exists. Bundles are found by their annotation, so a feature's new bundle is checked without listing it
 * here. An enum message ({@code String status(ReferralStatus status)}) needs one key per constant, named as Qute
 * looks it up ({@code urgency_SOON}; {@code status_$IN_PROGRESS} when constant names hold underscores). A
 * template that writes visible text itself, instead of taking it from a bundle, fails.
 */
class MessageBundleTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Visible text: at least two letters in a row (symbols, numbers and separators are not language). */
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");
    /** Attributes that browsers show or read aloud. */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "aria-description", "aria-roledescription", "label");

    /** Bundle name (the template namespace and file prefix) to the interface that declares its keys. */
    private static Map<String, Class<?>> bundles;

    @BeforeAll
    static void findBundles() throws ClassNotFoundException {
        bundles = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.silta")) {
            if (type.isAnnotatedWith(MessageBundle.class)) {
                Class<?> bundle = Class.forName(type.getName());
                bundles.put(bundle.getAnnotation(MessageBundle.class).value(), bundle);
            }
        }
        assertThat(bundles).containsKey("msg");
    }

    /** The keys a bundle's files must hold: one per message, one per constant for an enum message. */
    private static Set<String> keys(Class<?> bundle) {
        Set<String> keys = new TreeSet<>();
        for (Method method : bundle.getDeclaredMethods()) {
            Message message = method.getAnnotation(Message.class);
            boolean templated = message != null && !message.value().isEmpty() && !message.value().equals(Message.DEFAULT_VALUE);
            if (!templated && method.getParameterCount() == 1 && method.getParameterTypes()[0].isEnum()) {
                Object[] constants = method.getParameterTypes()[0].getEnumConstants();
                // Qute separates the constant with "_$" when a constant's name holds "_" or "$" (status_$IN_PROGRESS),
                // else with "_" (urgency_SOON); the build fails when the key it looks for is missing.
                String separator = Arrays.stream(constants).map(c -> ((Enum<?>) c).name())
                        .anyMatch(name -> name.contains("_") || name.contains("$")) ? "_$" : "_";
                for (Object constant : constants) {
                    keys.add(method.getName() + separator + ((Enum<?>) constant).name());
                }
            } else {
                keys.add(method.getName());
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = { "fi", "sv", "en" })
    void everyMessageExistsInEveryLanguage(String language) throws IOException {
        for (Map.Entry<String, Class<?>> bundle : bundles.entrySet()) {
            Properties messages = new Properties();
            String file = "/messages/" + bundle.getKey() + "_" + language + ".properties";
            var stream = getClass().getResourceAsStream(file);
            assertThat(stream).as(file).isNotNull();
            try (var in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            assertThat(messages.stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(keys(bundle.getValue()));
            messages.forEach((key, value) -> assertThat(value.toString()).as(file + " " + key).isNotBlank());
        }
    }

    @Test
    void templatesUseOnlyKeysThatExist() throws IOException {
        for (Path file : templates()) {
            String template = Files.readString(file);
            for (Map.Entry<String, Class<?>> bundle : bundles.entrySet()) {
                Set<String> methods = new TreeSet<>();
                for (Method method : bundle.getValue().getDeclaredMethods()) {
                    methods.add(method.getName());
                }
                Matcher matcher = Pattern.compile("\\b" + bundle.getKey() + ":(\\w+)").matcher(template);
                while (matcher.find()) {
                    assertThat(methods).as(file + " uses " + matcher.group(1)).contains(matcher.group(1));
                }
            }
        }
    }

    @Test
    void templatesWriteNoVisibleTextOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : templates()) {
            Document page = Jsoup.parse(withoutQute(Files.readString(file)));
            for (Element element : page.getAllElements()) {
                if (element.tagName().equals("script") || element.tagName().equals("style")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (WORDS.matcher(text.text()).find()) {
                        found.add(TEMPLATES.relativize(file) + ": \"" + text.text().strip() + "\"");
                    }
                }
                for (Attribute attribute : element.attributes()) {
                    if (VISIBLE_ATTRIBUTES.contains(attribute.getKey()) && WORDS.matcher(attribute.getValue()).find()) {
                        found.add(TEMPLATES.relativize(file) + ": " + attribute.getKey() + "=\"" + attribute.getValue()
                                + "\"");
                    }
                }
            }
        }
        assertThat(found).as("text written in templates instead of taken from a bundle").isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The template with its Qute expressions, sections and comments taken out, leaving the markup. */
    static String withoutQute(String template) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && !Character.isWhitespace(template.charAt(i + 1))) {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
