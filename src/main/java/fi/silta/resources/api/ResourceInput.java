package fi.silta.resources.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;
import fi.silta.common.validation.WebAddress;
import fi.silta.resources.ResourceAudience;
import fi.silta.resources.ResourceTopic;

/**
 * What a publisher or an admin writes about a resource. A title in at least one language is needed; the version is
 * the one the change started from (0 for a new resource). A resource is a link ({@code url}, https only) or a PDF
 * document sent on its own ({@code PUT .../document}); sending a link drops a document it had.
 *
 * @param organisationId the keeping organisation; none for the county's own resource (admins only)
 */
public record ResourceInput(Long version,
        @Positive Long organisationId,
        @Valid @NotNull TitleText title,
        @Valid DescriptionText description,
        @NotNull ResourceTopic topic,
        @NotNull ResourceAudience audience,
        @Size(max = 2048) @PlainText @WebAddress @Pattern(regexp = "https://\\S+", message = "must be an https address") String url) {
}
