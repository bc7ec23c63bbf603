package fi.silta.importers.ics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One component of a calendar (VEVENT, VTIMEZONE, ...) as its content lines said it, before any
 * interpretation: Silta reads the properties itself, so one event's bad value fails that event only.
 */
final class IcsComponent {

    /** One property: its name, parameters and raw (still escaped) value. */
    record Property(String name, List<Parameter> parameters, String value) {

        Optional<String> parameter(String parameterName) {
            return parameters.stream().filter(p -> p.name().equalsIgnoreCase(parameterName)).map(Parameter::value)
                    .findFirst();
        }

        /** The content line again, for excerpts. */
        String line() {
            StringBuilder line = new StringBuilder(name);
            for (Parameter parameter : parameters) {
                line.append(';').append(parameter.name()).append('=').append(parameter.value());
            }
            return line.append(':').append(value).toString();
        }
    }

    record Parameter(String name, String value) {
    }

    private final String name;
    private final List<Property> properties = new ArrayList<>();
    private final List<IcsComponent> children = new ArrayList<>();

    IcsComponent(String name) {
        this.name = name.toUpperCase(Locale.ROOT);
    }

    String name() {
        return name;
    }

    List<Property> properties() {
        return properties;
    }

    List<IcsComponent> children() {
        return children;
    }

    Optional<Property> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(propertyName)).findFirst();
    }

    List<Property> all(String propertyName) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(propertyName)).toList();
    }

    /** The property's value, unescaped as TEXT, or null when absent or blank. */
    String text(String propertyName) {
        return property(propertyName).map(p -> IcsText.unescape(p.value())).filter(v -> !v.isBlank()).orElse(null);
    }

    /** The component as content lines, for the excerpt of a failed record. */
    String raw() {
        StringBuilder out = new StringBuilder("BEGIN:").append(name).append('\n');
        properties.forEach(p -> out.append(p.line()).append('\n'));
        children.forEach(c -> out.append(c.raw()));
        return out.append("END:").append(name).append('\n').toString();
    }
}
