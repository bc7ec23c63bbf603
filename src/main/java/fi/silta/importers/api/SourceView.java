package fi.silta.importers.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.silta.importers.SourceType;

/** A source as administrators see it, with its last run. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(String name, SourceType type, String url, OrganisationView organisation, DefaultsView defaults,
        String syncInterval, boolean enabled, boolean declared, long activities, RunSummary lastRun,
        Instant createdAt, Instant updatedAt) {

    public record OrganisationView(long id, String name, boolean verified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DefaultsView(String municipality, List<String> categories, List<String> targetGroups,
            String language) {
    }
}
