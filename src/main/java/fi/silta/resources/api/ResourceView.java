package fi.silta.resources.api;

/**
 * One resource as readers see it: title and description in the asked language (or another one it has), topic,
 * audience, who keeps it, and either a link or a document.
 *
 * @param keeper the keeping organisation's name, or the county's
 */
public record ResourceView(long id, String title, String description, Labelled topic, Labelled audience,
        String keeper, String url, DocumentInfo document) {
}
