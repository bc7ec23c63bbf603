package fi.silta.catalogue.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything a resident needs about one activity, texts in the requested language; the plain-language
 * ({@code easyRead}, {@code easyReadTitle}) texts only when written in that very language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityDetail(long id, String language, String title, String summary, String description,
        String easyRead, String easyReadTitle, OrganisationRef organisation, MunicipalityRef municipality, PlaceDetail place,
        boolean online,
        String onlineUrl, List<OccurrenceView> nextOccurrences, List<ScheduleView> schedules,
        List<CodeLabel> categories, List<CodeLabel> targetGroups, List<String> languages, Integer ageMin,
        Integer ageMax, boolean free, String price, RegistrationView registration, Integer capacity,
        List<String> accessibility, ContactView contact, Instant lastVerifiedAt, String status, String infoUrl) {

    public record RegistrationView(String type, String url, String phone) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactView(String name, String email, String phone) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScheduleView(String firstStart, int durationMinutes, String rrule, String timeZone) {
    }
}
