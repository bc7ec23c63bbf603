package fi.silta.referrals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.silta.referrals.validation.Trimmed;

/** The link-person a coordinator gives the case to, by user name. */
public record AssignmentInput(@NotBlank @Size(max = 255) @Pattern(regexp = LinkPersonInput.USERNAME) String linkPerson) {

    public AssignmentInput {
        linkPerson = Trimmed.orNull(linkPerson);
    }
}
