package fi.silta.common.validation;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** How a constraint violation names the field a caller or a form knows it by. */
public final class Violations {

    private Violations() {
    }

    /**
     * The field's path without the method and the parameter that held the validated value: {@code title.fi} for a
     * record's {@code title.fi}, {@code q} for a constrained query parameter, {@code needs[2]} for a list element.
     */
    public static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            boolean last = i == nodes.size() - 1;
            boolean named = kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT
                    || (kind == ElementKind.PARAMETER && last);
            if (!named || node.getName() == null || node.getName().startsWith("<")) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
