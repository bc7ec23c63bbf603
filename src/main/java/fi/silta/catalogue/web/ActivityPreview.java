package fi.silta.catalogue.web;

import java.time.OffsetDateTime;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.catalogue.CatalogueMessages;
import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.common.Language;
import fi.silta.common.web.Chrome;

/**
 * The activity page as residents will see it, for a staff page to show: a publisher's preview of a listing that
 * is not public yet, and sessions written as the public page writes them.
 */
public final class ActivityPreview {

    private ActivityPreview() {
    }

    public static TemplateInstance page(Chrome chrome, ActivityDetail detail, Language language) {
        return ActivityPages.Templates.activity(chrome, ActivityPages.view(detail, language, messages(language)),
                "/?lang=" + language.code(), new PlainView(false, null, null, language.code(), null, false), null)
                .setLocale(language.locale());
    }

    /** "ti 24.11. klo 10.00–11.00", in Finnish time. */
    public static String when(OffsetDateTime start, OffsetDateTime end, Language language) {
        return ActivityPages.when(start, end, language, messages(language));
    }

    private static CatalogueMessages messages(Language language) {
        return MessageBundles.get(CatalogueMessages.class, Localized.Literal.of(language.code()));
    }
}
