package fi.silta.services.api;

import java.util.List;

/** The choices of a service's form, labelled in the page's language; places are the organisation's own. */
public record ServiceChoices(List<Choice> access, List<Choice> categories, List<Choice> targetGroups,
        List<Choice> places, List<Choice> municipalities, List<Choice> languages, List<Choice> accessibility) {

    public record Choice(String value, String label) {
    }
}
