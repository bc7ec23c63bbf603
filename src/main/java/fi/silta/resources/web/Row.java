package fi.silta.resources.web;

import io.quarkus.qute.TemplateData;

import fi.silta.resources.api.ResourceView;

/**
 * One found resource as a page lists it: where its document downloads on this page (the API for the public, the
 * staff pages for staff), and the document's size in kilobytes.
 */
@TemplateData
record Row(ResourceView resource, String download, int kilobytes) {

    static Row of(ResourceView resource, boolean staff) {
        if (resource.document() == null) {
            return new Row(resource, null, 0);
        }
        String download = staff ? "/staff/resources/" + resource.id() + "/document" : resource.document().href();
        return new Row(resource, download, Math.max(1, (resource.document().size() + 1023) / 1024));
    }
}
