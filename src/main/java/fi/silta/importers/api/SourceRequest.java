package fi.silta.importers.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;
import fi.silta.importers.SourceType;

/**
 * A source as an administrator creates or changes it. The name is the source's key and cannot change; on
 * update it may be left out. Sizes are those of the {@code import_source} columns.
 *
 * @param url an http, https or (where allowed) file address
 * @param organisationId the organisation whose activities these are; when left out on creation, an unverified
 *        organisation named after the source is created
 * @param syncInterval an ISO-8601 duration between 5 minutes and 30 days, e.g. {@code PT6H}; default 6 hours
 */
public record SourceRequest(
        @Size(max = 63) @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "must be lower-case letters, digits and hyphens, at most 63") String name,
        @NotNull(message = "is required") SourceType type,
        @NotBlank(message = "is required") @Size(max = 2048, message = "must be at most 2048 characters") @PlainText String url,
        @Positive Long organisationId,
        @Valid Defaults defaults,
        @Size(max = 40) @PlainText String syncInterval,
        Boolean enabled) {

    /**
     * What the feed does not say: the municipality of places without a postal code, categories and target
     * groups added to every activity, and the language of texts that do not name theirs.
     */
    public record Defaults(
            @Pattern(regexp = "\\d{3}", message = "must be a three-digit municipality code") String municipality,
            @Size(max = 20, message = "may hold at most 20 codes") List<@NotBlank @Size(max = 255) @PlainText String> categories,
            @Size(max = 20, message = "may hold at most 20 codes") List<@NotBlank @Size(max = 255) @PlainText String> targetGroups,
            @Pattern(regexp = "fi|sv|en", message = "must be one of fi, sv, en") String language) {
    }
}
