package fi.silta.publishing.web;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.common.web.FormText;
import fi.silta.publishing.web.Readable.As;

/** A button's form on the activity page: publish, archive, confirm, remove a schedule, cancel a session. */
class VersionForm {

    @RestForm
    @Readable(As.NUMBER)
    String version;

    Long version() {
        return FormText.wholeNumber(version).orElse(null);
    }
}
