package fi.silta.reports.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import fi.silta.referrals.Need;

/** A resident telling what kind of activity is missing in their municipality. */
public record WishInput(@NotNull @Pattern(regexp = "[0-9]{3}") String municipality, @NotNull Need need) {
}
