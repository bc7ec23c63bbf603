package fi.silta.resources.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import fi.silta.common.validation.PlainText;
import fi.silta.common.validation.WebAddress;
import fi.silta.resources.DocumentUpload;
import fi.silta.resources.ResourceAudience;
import fi.silta.resources.ResourceTopic;
import fi.silta.resources.api.DescriptionText;
import fi.silta.resources.api.ResourceInput;
import fi.silta.resources.api.TitleText;

/**
 * A resource as the page's form sends it (multipart, for the document). Sizes are those of the {@code resource}
 * columns; the rules the service checks (a title in some language, a link or a document, a PDF within the size
 * limit) come back beside the same fields.
 */
public class ResourceForm {

    /** The keeper of a new resource: an organisation's id, or {@value #COUNTY}. */
    static final String COUNTY = "county";

    @RestForm
    @Pattern(regexp = "(county|[0-9]{1,18})?")
    String keeper;

    @RestForm
    @Pattern(regexp = "[0-9]{0,18}")
    String version;

    @RestForm
    @Size(max = 255)
    @PlainText
    String titleFi;

    @RestForm
    @Size(max = 255)
    @PlainText
    String titleSv;

    @RestForm
    @Size(max = 255)
    @PlainText
    String titleEn;

    @RestForm
    @Size(max = 2000)
    @PlainText
    String descriptionFi;

    @RestForm
    @Size(max = 2000)
    @PlainText
    String descriptionSv;

    @RestForm
    @Size(max = 2000)
    @PlainText
    String descriptionEn;

    @RestForm
    @NotBlank
    @Pattern(regexp = "CAREGIVING|MEMORY|MOBILITY|LONELINESS|NUTRITION|HOME_SAFETY|BENEFITS_AND_FORMS|VOLUNTEER_TRAINING")
    String topic;

    @RestForm
    @NotBlank
    @Pattern(regexp = "PUBLIC|PROFESSIONALS")
    String audience;

    @RestForm
    @Size(max = 2048)
    @PlainText
    @WebAddress
    String url;

    @RestForm
    FileUpload document;

    /** The resource to write; call only when the form is valid. */
    ResourceInput toInput(Long organisationId) {
        return new ResourceInput(version == null || version.isBlank() ? 0L : Long.parseLong(version), organisationId,
                new TitleText(titleFi, titleSv, titleEn),
                new DescriptionText(descriptionFi, descriptionSv, descriptionEn), ResourceTopic.valueOf(topic),
                ResourceAudience.valueOf(audience), url == null || url.isBlank() ? null : url.strip());
    }

    /** The organisation the form names as keeper; null for the county. */
    Long organisationId() {
        return keeper == null || keeper.isBlank() || keeper.equals(COUNTY) ? null : Long.valueOf(keeper);
    }

    boolean keeperChosen() {
        return keeper != null && !keeper.isBlank();
    }

    boolean linkLeftEmpty() {
        return url == null || url.isBlank();
    }

    boolean plainHttp() {
        return url != null && !url.isBlank() && !url.strip().regionMatches(true, 0, "https://", 0, 8);
    }

    /** The chosen file; none when the user chose none (browsers send an empty part without a name). */
    DocumentUpload upload(long limit) {
        if (document == null || (document.size() == 0 && (document.fileName() == null
                || document.fileName().isBlank()))) {
            return null;
        }
        if (document.size() > limit) {
            return DocumentUpload.oversize(document.fileName(), document.contentType());
        }
        try {
            InputStream in = Files.newInputStream(document.uploadedFile());
            return DocumentUpload.read(document.fileName(), document.contentType(), in, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded document", e);
        }
    }

    /** What the user wrote, to show again beside the messages (never the file). */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("keeper", keeper);
        values.put("version", version);
        values.put("titleFi", titleFi);
        values.put("titleSv", titleSv);
        values.put("titleEn", titleEn);
        values.put("descriptionFi", descriptionFi);
        values.put("descriptionSv", descriptionSv);
        values.put("descriptionEn", descriptionEn);
        values.put("topic", topic);
        values.put("audience", audience);
        values.put("url", url);
        values.values().removeIf(v -> v == null);
        return values;
    }
}
