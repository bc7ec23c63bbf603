package fi.silta.referrals.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The client's own answers through a one-time link (the round is the link's): the same items and scales as
 * {@link WellbeingInput}. Client data: never printed.
 */
public record ClientAnswersInput(@NotNull @Size(min = 5, max = 5) List<@NotNull @Min(0) @Max(5) Integer> who5,
        @NotNull @Size(min = 3, max = 3) List<@NotNull @Min(1) @Max(3) Integer> ucla3) {

    @Override
    public String toString() {
        return "ClientAnswersInput[hidden]";
    }
}
