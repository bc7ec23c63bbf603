package fi.silta.web;

import io.quarkus.qute.TemplateInstance;

import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.catalogue.web.ActivityPreview;
import fi.silta.common.Language;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.PageMessages;

/**
 * What is left here of the public pages (now {@code search.web.SearchPages} and {@code catalogue.web.ActivityPages}):
 * the publisher's preview of an activity, until the publisher's pages move into their feature and take
 * {@link ActivityPreview} themselves.
 */
final class PublicPages {

    private PublicPages() {
    }

    /** An activity to preview, in the language of the page that shows it. */
    record Preview(ActivityDetail detail, Language language) {
    }

    static Preview activityView(ActivityDetail detail, Language language, PageMessages msg) {
        return new Preview(detail, language);
    }

    static final class Templates {

        private Templates() {
        }

        static TemplateInstance activity(Chrome chrome, Preview preview) {
            return ActivityPreview.page(chrome, preview.detail(), preview.language());
        }
    }
}
