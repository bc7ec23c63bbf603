package fi.silta.publishing.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.EmailAddress;
import fi.silta.common.validation.PhoneNumber;
import fi.silta.common.validation.PlainText;
import fi.silta.common.validation.WebAddress;

/**
 * What a publisher writes about an activity. Texts are per language (fi, sv, en); at least one title and,
 * before publishing, one summary are needed. Either a place of the organisation or an online link. The
 * version is the one the publisher started from: a save over someone else's newer save is refused. Each value
 * is limited as its column is; the rules that join fields are checked when the activity is saved.
 *
 * @param languages the languages the activity is held in, as two-letter ISO 639-1 codes ({@code fi})
 * @param easyReadTitle the title in plain language (selkokieli, lättläst), optional
 * @param easyRead the summary in plain language, optional
 */
@CrossFieldRules
public record ActivityInput(Long version,
        @Valid ShortText title,
        @Valid SummaryText summary,
        @Valid DescriptionText description,
        @Positive Long placeId,
        @Size(max = ColumnLengths.WEB_ADDRESS) @PlainText @WebAddress String onlineUrl,
        boolean ongoing,
        List<@Size(max = ColumnLengths.SHORT) @PlainText String> categories,
        List<@Size(max = ColumnLengths.SHORT) @PlainText String> targetGroups,
        @Min(0) @Max(120) Integer ageMin,
        @Min(0) @Max(120) Integer ageMax,
        List<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages,
        boolean free,
        @Valid ShortText price,
        RegistrationPolicy registration,
        @Size(max = ColumnLengths.WEB_ADDRESS) @PlainText @WebAddress String registrationUrl,
        @Size(max = ColumnLengths.SHORT) @PlainText @PhoneNumber String registrationPhone,
        @Min(1) @Max(100_000) Integer capacity,
        List<@NotNull Accessibility> accessibility,
        @Size(max = ColumnLengths.WEB_ADDRESS) @PlainText @WebAddress String infoUrl,
        @Size(max = ColumnLengths.SHORT) @PlainText String contactName,
        @Size(max = ColumnLengths.SHORT) @PlainText @EmailAddress String contactEmail,
        @Size(max = ColumnLengths.SHORT) @PlainText @PhoneNumber String contactPhone,
        @Valid ShortText easyReadTitle,
        @Valid EasyReadText easyRead) {

    /** The same input naming another version: what a create without a version starts from. */
    public ActivityInput withVersion(long newVersion) {
        return new ActivityInput(newVersion, title, summary, description, placeId, onlineUrl, ongoing, categories,
                targetGroups, ageMin, ageMax, languages, free, price, registration, registrationUrl, registrationPhone,
                capacity, accessibility, infoUrl, contactName, contactEmail, contactPhone, easyReadTitle, easyRead);
    }
}
