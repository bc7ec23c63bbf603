package fi.silta.organisations.api;

import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** An admin's reason for a rejection, told to the requester; it may be left out. */
public record RejectionInput(@Size(max = 2000) @PlainText String reason) {
}
