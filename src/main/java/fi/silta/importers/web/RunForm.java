package fi.silta.importers.web;

import jakarta.validation.constraints.Pattern;

import org.jboss.resteasy.reactive.RestForm;

/** Starting a run by hand; the checkbox lets it archive more than the usual share of the source. */
public class RunForm {

    @RestForm
    @Pattern(regexp = "on")
    String force;

    boolean forced() {
        return "on".equals(force);
    }
}
