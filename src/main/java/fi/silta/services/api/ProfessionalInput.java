package fi.silta.services.api;

import jakarta.validation.constraints.Size;

import fi.silta.common.validation.EmailAddress;
import fi.silta.common.validation.PhoneNumber;
import fi.silta.common.validation.PlainText;

/** What only professionals read about a service or an organisation; every field may be left out. */
public record ProfessionalInput(@Size(max = 2000) @PlainText String howToRefer,
        @Size(max = 255) @PlainText String contactName,
        @Size(max = 255) @PlainText @PhoneNumber String contactPhone,
        @Size(max = 255) @PlainText @EmailAddress String contactEmail,
        @Size(max = 255) @PlainText String waitingTime,
        @Size(max = 4000) @PlainText String notes) {
}
