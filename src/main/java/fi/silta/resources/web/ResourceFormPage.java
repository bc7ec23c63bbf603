package fi.silta.resources.web;

import java.util.Arrays;
import java.util.List;

import io.quarkus.qute.TemplateData;

import fi.silta.common.web.Done;
import fi.silta.common.web.ErrorSummary;
import fi.silta.common.web.Option;
import fi.silta.resources.ResourceAudience;
import fi.silta.resources.ResourceMessages;
import fi.silta.resources.ResourceStatus;
import fi.silta.resources.ResourceTopic;
import fi.silta.resources.api.KeeperChoice;
import fi.silta.resources.api.ResourceEdit;

/**
 * What the resource form shows: the form, the summary of its errors, the choices, and for a resource that exists its
 * status, current document and the buttons that publish or archive it.
 *
 * @param id the resource's id, 0 for a new one
 */
@TemplateData
record ResourceFormPage(FormView form, ErrorSummary summary, long id, String status, boolean published,
        boolean archived, String currentDocument, List<Option> keepers, List<Option> topics, List<Option> audiences,
        long maxMegabytes, Done done, List<TextField> descriptionFields) {

    /** A description's field in one language. */
    @TemplateData
    record TextField(String name, String lang, String label) {
    }

    public String publishAction() {
        return "/staff/resources/" + id + "/publish";
    }

    public String archiveAction() {
        return "/staff/resources/" + id + "/archive";
    }

    static ResourceFormPage of(ResourceEdit resource, FormView form, List<String> notices, Done done,
            ResourceMessages text, List<KeeperChoice> keepers, long maxMegabytes) {
        ErrorSummary summary = ErrorSummary.of(form.errors(), notices, field -> label(text, field));
        List<Option> keeperOptions = keepers.stream().map(k -> {
            String value = k.id() == null ? ResourceForm.COUNTY : String.valueOf(k.id());
            return new Option(value, k.name(), value.equals(form.value("keeper")));
        }).toList();
        List<Option> topics = Arrays.stream(ResourceTopic.values())
                .map(t -> new Option(t.name(), text.topic(t), t.name().equals(form.value("topic")))).toList();
        List<Option> audiences = Arrays.stream(ResourceAudience.values())
                .map(a -> new Option(a.name(), text.audience(a), a.name().equals(form.value("audience")))).toList();
        List<TextField> descriptions = List.of(new TextField("descriptionFi", "fi", text.form_description_fi()),
                new TextField("descriptionSv", "sv", text.form_description_sv()),
                new TextField("descriptionEn", "en", text.form_description_en()));
        if (resource == null) {
            return new ResourceFormPage(form, summary, 0, null, false, false, null, keeperOptions, topics, audiences,
                    maxMegabytes, done, descriptions);
        }
        ResourceStatus status = ResourceStatus.valueOf(resource.status());
        return new ResourceFormPage(form, summary, resource.id(), text.status(status),
                status == ResourceStatus.PUBLISHED, status == ResourceStatus.ARCHIVED,
                resource.document() == null ? null : resource.document().name(), keeperOptions, topics, audiences,
                maxMegabytes, done, descriptions);
    }

    private static String label(ResourceMessages text, String field) {
        return switch (field) {
            case "keeper" -> text.form_keeper();
            case "titleFi" -> text.form_title_fi();
            case "titleSv" -> text.form_title_sv();
            case "titleEn" -> text.form_title_en();
            case "descriptionFi" -> text.form_description_fi();
            case "descriptionSv" -> text.form_description_sv();
            case "descriptionEn" -> text.form_description_en();
            case "topic" -> text.form_topic();
            case "audience" -> text.form_audience();
            case "url" -> text.form_url();
            case "document" -> text.form_document();
            default -> null;
        };
    }
}
