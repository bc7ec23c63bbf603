package fi.silta.referrals.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;
import fi.silta.referrals.ContactKind;
import fi.silta.referrals.validation.NotInTheFuture;
import fi.silta.referrals.validation.Trimmed;

/**
 * A contact with the client: how, on which day (a contact is recorded after it happened), and a short note, which
 * is client data and stored encrypted ({@code referral_contact.note}): up to 4,000 characters in any script.
 */
public record ContactInput(@NotNull ContactKind kind, @NotNull @NotInTheFuture LocalDate date,
        @Size(max = 4000) @PlainText String note) {

    public ContactInput {
        note = Trimmed.orNull(note);
    }

    @Override
    public String toString() {
        return "ContactInput[hidden]";
    }
}
