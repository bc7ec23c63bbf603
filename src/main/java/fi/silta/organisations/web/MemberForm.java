package fi.silta.organisations.web;

import jakarta.validation.constraints.NotBlank;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.organisations.api.Username;

/** The user name of a publisher an admin adds to an organisation. */
public class MemberForm {

    @RestForm
    @NotBlank
    @Username
    String username;
}
