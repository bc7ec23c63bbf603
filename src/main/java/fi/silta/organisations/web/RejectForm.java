package fi.silta.organisations.web;

import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.common.validation.PlainText;
import fi.silta.organisations.api.RejectionInput;

/** An admin's reason for rejecting a request, as typed; it may be left empty. */
public class RejectForm {

    @RestForm
    @Size(max = 2000)
    @PlainText
    String reason;

    RejectionInput input() {
        return new RejectionInput(reason);
    }
}
