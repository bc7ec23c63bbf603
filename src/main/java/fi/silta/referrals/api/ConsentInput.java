package fi.silta.referrals.api;

import jakarta.validation.constraints.NotNull;

import fi.silta.referrals.ConsentRecipient;

/** The client gives or withdraws consent to one recipient of their data. */
public record ConsentInput(@NotNull ConsentRecipient recipient, @NotNull Boolean given) {
}
