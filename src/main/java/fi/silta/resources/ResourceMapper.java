package fi.silta.resources;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.resources.api.DescriptionText;
import fi.silta.resources.api.DocumentInfo;
import fi.silta.resources.api.Labelled;
import fi.silta.resources.api.ResourceEdit;
import fi.silta.resources.api.ResourceView;
import fi.silta.resources.api.TitleText;

/** Builds the resource bank's records from its entities; the only place that reads a resource for an answer. */
@ApplicationScoped
public class ResourceMapper {

    /** Where a resource's document downloads in the API. */
    public static String documentHref(long id) {
        return "/api/v1/resources/" + id + "/document";
    }

    public ResourceView view(ResourceListing resource, Language language) {
        ResourceMessages words = messages(language);
        return new ResourceView(resource.id(), text(resource.title(), language),
                text(resource.description(), language),
                new Labelled(resource.topic().name(), words.topic(resource.topic())),
                new Labelled(resource.audience().name(), words.audience(resource.audience())),
                resource.organisation() == null ? words.keeper_county()
                        : resource.organisation().name().resolve(language),
                resource.linkUrl(), document(resource));
    }

    public ResourceEdit edit(ResourceListing resource, Language language) {
        LocalizedText title = resource.title();
        LocalizedText description = resource.description();
        return new ResourceEdit(resource.id(), resource.version(), resource.status().name(),
                resource.organisation() == null ? null : resource.organisation().id(),
                new TitleText(title.fi(), title.sv(), title.en()),
                description == null ? new DescriptionText(null, null, null)
                        : new DescriptionText(description.fi(), description.sv(), description.en()),
                resource.topic().name(), resource.audience().name(), resource.linkUrl(), document(resource),
                view(resource, language));
    }

    private static DocumentInfo document(ResourceListing resource) {
        return resource.documentName() == null ? null
                : new DocumentInfo(resource.documentName(), resource.documentSize(), resource.documentSha256(),
                        documentHref(resource.id()));
    }

    public static ResourceMessages messages(Language language) {
        return MessageBundles.get(ResourceMessages.class, Localized.Literal.of(language.code()));
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? null : text.resolve(language);
    }
}
