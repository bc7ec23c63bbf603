package fi.silta.referrals.api;

import jakarta.validation.constraints.NotNull;

/** The organiser's word on one participant: came or did not. */
public record AttendanceInput(@NotNull Boolean attended) {
}
