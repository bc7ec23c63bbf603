package fi.silta.referrals.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import fi.silta.common.web.ErrorSummary;
import fi.silta.common.web.Option;

/**
 * The self-report's questions as radio groups, for the client's own page and for the staff's entry: five WHO-5
 * items (options 5 "all of the time" down to 0 "at no time", in the instrument's order) and three UCLA-3 items (1
 * "hardly ever" to 3 "often"), each with its error beside it. Reads a posted form back into item scores.
 */
record SelfReportForm(List<Question> who5, List<Question> ucla3, ErrorSummary summary) {

    /** One item: its field name, its wording, its options with the one chosen, and the message beside it. */
    record Question(String name, String text, List<Option> choices, String error) {
    }

    /** The item scores a form gave, and the fields left unanswered. */
    record Answers(List<Integer> who5, List<Integer> ucla3, Map<String, String> errors) {
    }

    static SelfReportForm of(WellbeingMessages text, Map<String, String> values, Map<String, String> errors) {
        List<String> who5Items = List.of(text.who5_item_1(), text.who5_item_2(), text.who5_item_3(),
                text.who5_item_4(), text.who5_item_5());
        List<String> who5Options = List.of(text.who5_option_0(), text.who5_option_1(), text.who5_option_2(),
                text.who5_option_3(), text.who5_option_4(), text.who5_option_5());
        List<String> ucla3Items = List.of(text.ucla3_item_1(), text.ucla3_item_2(), text.ucla3_item_3());
        List<String> ucla3Options = List.of(text.ucla3_option_1(), text.ucla3_option_2(), text.ucla3_option_3());
        List<Question> who5 = new ArrayList<>();
        for (int item = 1; item <= 5; item++) {
            String name = "who5-" + item;
            List<Option> choices = new ArrayList<>();
            for (int score = 5; score >= 0; score--) {
                choices.add(new Option(String.valueOf(score), who5Options.get(score),
                        String.valueOf(score).equals(values.get(name))));
            }
            who5.add(new Question(name, who5Items.get(item - 1), choices, errors.get(name)));
        }
        List<Question> ucla3 = new ArrayList<>();
        for (int item = 1; item <= 3; item++) {
            String name = "ucla3-" + item;
            List<Option> choices = new ArrayList<>();
            for (int score = 1; score <= 3; score++) {
                choices.add(new Option(String.valueOf(score), ucla3Options.get(score - 1),
                        String.valueOf(score).equals(values.get(name))));
            }
            ucla3.add(new Question(name, ucla3Items.get(item - 1), choices, errors.get(name)));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        who5.forEach(q -> labels.put(q.name(), q.text()));
        ucla3.forEach(q -> labels.put(q.name(), q.text()));
        return new SelfReportForm(who5, ucla3, ErrorSummary.of(errors, List.of(), labels::get));
    }

    /** The scores of a posted form; an item unanswered or out of its range is an error beside it. */
    static Answers read(Map<String, String> values, WellbeingMessages text) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Integer> who5 = scores(values, "who5-", 5, "[0-5]", errors, text);
        List<Integer> ucla3 = scores(values, "ucla3-", 3, "[1-3]", errors, text);
        return new Answers(who5, ucla3, errors);
    }

    /** The form's fields, each value cut to a length no answer needs (the anti-forgery token left out). */
    static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((key, list) -> {
            if (!key.equals("csrf-token") && !list.isEmpty() && list.get(0) != null && list.get(0).length() <= 20) {
                values.put(key, list.get(0).trim());
            }
        });
        return values;
    }

    private static List<Integer> scores(Map<String, String> values, String prefix, int items, String range,
            Map<String, String> errors, WellbeingMessages text) {
        List<Integer> scores = new ArrayList<>();
        for (int item = 1; item <= items; item++) {
            String value = values.getOrDefault(prefix + item, "");
            if (value.matches(range)) {
                scores.add(Integer.parseInt(value));
            } else {
                errors.put(prefix + item, text.choose_one());
            }
        }
        return scores;
    }
}
