package fi.silta.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/** The values a browser would send for a form, with some of them changed. */
public final class FormValues {

    private FormValues() {
    }

    public static Map<String, Object> of(Element form, Map<String, ?> changes) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element field : form.select("input, select, textarea")) {
            String name = field.attr("name");
            if (name.isEmpty() || field.hasAttr("disabled")) {
                continue;
            }
            String type = field.attr("type");
            if (field.tagName().equals("input") && (type.equals("checkbox") || type.equals("radio"))) {
                if (field.hasAttr("checked")) {
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(field.attr("value").isEmpty() ? "on"
                            : field.attr("value"));
                }
            } else if (field.tagName().equals("input") && (type.equals("submit") || type.equals("button"))) {
                continue;
            } else if (field.tagName().equals("select")) {
                for (Element option : field.select("option[selected]")) {
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(option.attr("value"));
                }
            } else if (field.tagName().equals("textarea")) {
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(field.text());
            } else {
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(field.attr("value"));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        values.forEach((name, list) -> result.put(name, list.size() == 1 ? list.get(0) : list));
        changes.forEach(result::put);
        return result;
    }
}
