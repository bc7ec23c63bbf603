package fi.silta.referrals.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The published activities suggested to the client and, as the plan, one session of them. */
public record ActivitiesInput(@Size(max = 20) List<@NotNull @Positive Long> activityIds, @Positive Long occurrenceId) {

    public ActivitiesInput {
        activityIds = activityIds == null ? List.of() : activityIds.stream().distinct().toList();
    }
}
