package fi.silta.publishing.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.common.web.PageContext;
import fi.silta.publishing.OrganisationListingService;
import fi.silta.publishing.api.Accessibility;
import fi.silta.publishing.api.FormOptions;
import fi.silta.publishing.api.FormOptions.Choice;
import fi.silta.publishing.api.RegistrationPolicy;
import fi.silta.publishing.api.ScheduleInput;
import fi.silta.publishing.web.PublisherViews.Choices;

/** The choices of a publisher's forms, labelled in the page's language. */
@ApplicationScoped
class FormChoices {

    /**
     * The languages an activity can be offered in on the form: the national languages, Northern Sámi, and the
     * languages most spoken by those who moved to Finland. The API takes any two-letter code.
     */
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en", "se", "ru", "et", "ar", "so", "uk");

    private final PageContext page;
    private final OrganisationListingService listings;

    FormChoices(PageContext page, OrganisationListingService listings) {
        this.page = page;
        this.listings = listings;
    }

    Choices of(long organisationId) {
        PublishingMessages text = page.messages(PublishingMessages.class);
        Locale locale = page.locale();
        FormOptions options = listings.options(organisationId, page.language());
        List<Choice> accessibility = Arrays.stream(Accessibility.values())
                .map(feature -> new Choice(feature.name(), text.accessibility(feature))).toList();
        List<Choice> registration = Arrays.stream(RegistrationPolicy.values())
                .map(policy -> new Choice(policy.name(), text.registration(policy))).toList();
        List<Choice> weekdays = Arrays.stream(DayOfWeek.values())
                .map(day -> new Choice(day.name(), day.getDisplayName(TextStyle.FULL, locale))).toList();
        List<Choice> languages = LANGUAGES.stream().map(code -> new Choice(code, languageName(code, locale))).toList();
        List<Choice> weeks = Arrays.stream(WeekOfMonth.values())
                .map(week -> new Choice(String.valueOf(week.number()), text.week(week))).toList();
        return new Choices(options.categories(), options.targetGroups(), options.places(), options.municipalities(),
                accessibility, registration, weekdays, languages, weeks, List.of(ScheduleInput.Kind.values()));
    }

    /** A language's own name in the page's language, such as "ruotsi" for sv on a Finnish page. */
    static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
