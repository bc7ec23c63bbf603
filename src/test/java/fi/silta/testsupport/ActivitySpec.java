package fi.silta.testsupport;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.organisations.OrganisationType;

/** What a test activity looks like; defaults make a published weekly activity in central Kokkola. */
public final class ActivitySpec {

    String titleFi;
    String titleSv;
    String titleEn;
    String summaryFi = "Tervetuloa mukaan.";
    String descriptionFi;
    String easyReadFi;
    Integer ageMin;
    boolean onlineOnly;
    Integer ageMax;
    String municipality = "272";
    String postalCode = "67100";
    Double latitude = 63.8385;
    Double longitude = 23.1307;
    boolean confidentialAddress;
    Set<String> categories = new LinkedHashSet<>(Set.of("PHYSICAL_ACTIVITY"));
    Set<String> targetGroups = new LinkedHashSet<>();
    Set<String> languages = new LinkedHashSet<>(Set.of("fi"));
    boolean free = true;
    Set<AccessibilityFeature> accessibility = new LinkedHashSet<>();
    OrganisationType organisationType = OrganisationType.NGO;
    /** An RRULE from {@link #firstStart}; null for one session at {@link #firstStart}. */
    String rrule = "FREQ=WEEKLY";
    LocalDateTime firstStart;
    boolean ongoing;
    boolean draft;
    Instant verifiedAt;
    Set<AccessibilityFeature> placeAccessibility = new LinkedHashSet<>();
    Integer capacity;
    String infoUrl;

    /** What the place (not the activity) offers. */
    public ActivitySpec placeAccessibility(AccessibilityFeature... features) {
        placeAccessibility.addAll(Set.of(features));
        return this;
    }

    public ActivitySpec capacity(int places) {
        capacity = places;
        return this;
    }

    public ActivitySpec infoUrl(String address) {
        infoUrl = address;
        return this;
    }

    public static ActivitySpec titled(String titleFi) {
        ActivitySpec spec = new ActivitySpec();
        spec.titleFi = titleFi;
        return spec;
    }

    public static ActivitySpec titled(String fi, String sv, String en) {
        ActivitySpec spec = new ActivitySpec();
        spec.titleFi = fi;
        spec.titleSv = sv;
        spec.titleEn = en;
        return spec;
    }

    public ActivitySpec summary(String fi) {
        summaryFi = fi;
        return this;
    }

    public ActivitySpec description(String fi) {
        descriptionFi = fi;
        return this;
    }

    public ActivitySpec in(String municipalityCode, String postal, Double lat, Double lon) {
        municipality = municipalityCode;
        postalCode = postal;
        latitude = lat;
        longitude = lon;
        return this;
    }

    public ActivitySpec confidentialAddress() {
        confidentialAddress = true;
        return this;
    }

    public ActivitySpec categories(String... codes) {
        categories = new LinkedHashSet<>(Set.of(codes));
        return this;
    }

    public ActivitySpec targetGroups(String... codes) {
        targetGroups = new LinkedHashSet<>(Set.of(codes));
        return this;
    }

    public ActivitySpec languages(String... codes) {
        languages = new LinkedHashSet<>(Set.of(codes));
        return this;
    }

    public ActivitySpec paid() {
        free = false;
        return this;
    }

    public ActivitySpec accessibility(AccessibilityFeature... features) {
        accessibility = new LinkedHashSet<>(Set.of(features));
        return this;
    }

    public ActivitySpec by(OrganisationType type) {
        organisationType = type;
        return this;
    }

    public ActivitySpec weekly(LocalDateTime first, String rule) {
        firstStart = first;
        rrule = rule;
        return this;
    }

    public ActivitySpec once(LocalDateTime at) {
        firstStart = at;
        rrule = null;
        return this;
    }

    public ActivitySpec ongoing() {
        ongoing = true;
        return this;
    }

    public ActivitySpec draft() {
        draft = true;
        return this;
    }

    public ActivitySpec verifiedAt(Instant at) {
        verifiedAt = at;
        return this;
    }

    public ActivitySpec easyRead(String fi) {
        easyReadFi = fi;
        return this;
    }

    public ActivitySpec online() {
        onlineOnly = true;
        return this;
    }

    public ActivitySpec ages(Integer min, Integer max) {
        ageMin = min;
        ageMax = max;
        return this;
    }
}
