package fi.silta.resources.api;

/**
 * One resource as its keepers edit it: every language of its texts, its status and the version a change names.
 *
 * @param organisationId the keeping organisation, null for the county's own
 */
public record ResourceEdit(long id, long version, String status, Long organisationId, TitleText title,
        DescriptionText description, String topic, String audience, String url, DocumentInfo document,
        ResourceView view) {
}
