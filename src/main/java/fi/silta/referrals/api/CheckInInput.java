package fi.silta.referrals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A check-in code from the client's sheet, as the organiser types it (spaces and dashes allowed). */
public record CheckInInput(@NotBlank @Size(max = 32) @Pattern(regexp = "[0-9A-Za-z -]*") String code) {
}
