package fi.silta.tasks.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;
import fi.silta.tasks.TaskKind;

/**
 * A task as a host posts it (sizes are those of {@code helping_task}). It names either the host organisation or, for
 * a link-person going through a referral, the referral whose client is to be accompanied. The date and time are wall
 * clock time in Finland. {@code trustApproved}: approved helpers' claims count as confirmed at once.
 */
public record TaskInput(@NotNull TaskKind kind,
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        @NotNull @Min(15) @Max(720) Integer durationMinutes,
        @NotNull @Pattern(regexp = "[0-9]{3}") String municipality,
        @NotBlank @Size(max = 300) @PlainText String meetingPoint,
        @Size(max = 3) List<@NotNull @Pattern(regexp = "fi|sv|en") String> languages,
        @Min(1) @Max(20) Integer helpersNeeded,
        Boolean paid,
        @Size(max = 1000) @PlainText String notes,
        Long organisationId,
        Long referralId,
        Boolean trustApproved) {

    public TaskInput {
        languages = languages == null ? List.of() : languages;
        helpersNeeded = helpersNeeded == null ? 1 : helpersNeeded;
        paid = paid != null && paid;
        trustApproved = trustApproved != null && trustApproved;
        meetingPoint = meetingPoint == null ? null : meetingPoint.strip();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }
}
