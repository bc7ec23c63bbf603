package fi.silta.publishing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.publishing.api.ActivityPreview;
import fi.silta.publishing.web.PublisherViews.Preview;
import fi.silta.publishing.web.PublisherViews.SessionLine;

/** The preview's texts, made as the public activity page makes them, so the publisher sees what residents will. */
@ApplicationScoped
class ActivityPreviewView {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\R\\s*\\R");

    private final PageContext page;

    ActivityPreviewView(PageContext page) {
        this.page = page;
    }

    Preview of(ActivityPreview activity) {
        PublishingMessages text = page.messages(PublishingMessages.class);
        PageMessages msg = page.messages(PageMessages.class);
        Locale locale = page.locale();
        List<SessionLine> sessions = activity.sessions().stream()
                .map(s -> new SessionLine(0, Dates.session(s.startsAt(), s.endsAt(), text, locale), s.cancelled()))
                .toList();
        List<String> description = activity.description() == null ? List.of()
                : PARAGRAPHS.splitAsStream(activity.description()).map(String::strip).filter(p -> !p.isEmpty())
                        .toList();
        String age = activity.ageMin() == null && activity.ageMax() == null ? null
                : (activity.ageMin() == null ? "" : activity.ageMin()) + "–"
                        + (activity.ageMax() == null ? "" : activity.ageMax());
        String cost = activity.free() ? text.preview_free() : activity.price();
        return new Preview(activity, sessions, description, address(activity.place()), map(activity.place()), age,
                cost, activity.accessibility().stream().map(text::accessibility).toList(),
                activity.languages().stream().map(code -> FormChoices.languageName(code, locale)).toList());
    }

    /** Street, then postal code and town; nothing of a confidential address. */
    private static String address(ActivityPreview.Place place) {
        if (place == null || place.addressConfidential()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (place.streetAddress() != null) {
            parts.add(place.streetAddress());
        }
        String town = ((place.postalCode() == null ? "" : place.postalCode() + " ")
                + (place.municipality() == null ? "" : place.municipality())).strip();
        if (!town.isEmpty()) {
            parts.add(town);
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String map(ActivityPreview.Place place) {
        if (place == null || place.addressConfidential() || place.latitude() == null || place.longitude() == null) {
            return null;
        }
        return "https://www.openstreetmap.org/?mlat=" + place.latitude() + "&mlon=" + place.longitude() + "#map=17/"
                + place.latitude() + "/" + place.longitude();
    }
}
