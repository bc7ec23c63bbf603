package fi.silta.demo;

import java.util.List;
import java.util.Map;

/** The shape of the demo catalogue files under {@code src/main/resources/demo/}. */
record DemoCatalogue(List<DemoOrganisation> organisations, List<DemoPlace> places, List<DemoActivity> activities) {

    record Texts(String fi, String sv, String en) {
    }

    record DemoOrganisation(String key, String type, Texts name, String businessId, String county,
            List<String> municipalities, String email, String phone, String website, boolean verified,
            List<String> members) {
    }

    record DemoPlace(String key, String organisation, Texts name, String streetAddress, String postalCode,
            String municipality, Double lat, Double lon, List<String> accessibility, boolean addressConfidential) {
    }

    record DemoActivity(String key, String organisation, String place, boolean online, String onlineUrl, Texts title,
            Texts summary, Texts description, Texts easyRead, List<String> categories, List<String> targetGroups,
            Integer ageMin, Integer ageMax, List<String> languages, boolean free, Texts price,
            Map<String, String> registration, Integer capacity, List<String> accessibility,
            Map<String, String> contact, List<DemoSchedule> schedules, Integer lastVerifiedDaysAgo) {
    }

    /** Either a rule ({@code rrule}) or a single date {@code inDays} from the day the demo is loaded. */
    record DemoSchedule(String rrule, Integer inDays, String time, int durationMinutes) {
    }
}
