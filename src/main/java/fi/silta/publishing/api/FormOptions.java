package fi.silta.publishing.api;

import java.util.List;

/** The choices a publisher's forms offer, labelled in the page's language. */
public record FormOptions(List<Choice> categories, List<Choice> targetGroups, List<Choice> places,
        List<Choice> municipalities) {

    public record Choice(String value, String label) {
    }
}
