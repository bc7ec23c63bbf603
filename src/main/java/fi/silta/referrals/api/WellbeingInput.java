package fi.silta.referrals.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fi.silta.referrals.SelfReportRound;

/**
 * The client's answers to the wellbeing self-report of one round: the five WHO-5 items over the last two weeks
 * (0 "at no time" to 5 "all of the time") and the three items of the UCLA loneliness scale (1 "hardly ever" to 3
 * "often"). Client data: stored encrypted, never printed.
 */
public record WellbeingInput(@NotNull SelfReportRound round,
        @NotNull @Size(min = 5, max = 5) List<@NotNull @Min(0) @Max(5) Integer> who5,
        @NotNull @Size(min = 3, max = 3) List<@NotNull @Min(1) @Max(3) Integer> ucla3) {

    @Override
    public String toString() {
        return "WellbeingInput[hidden]";
    }
}
