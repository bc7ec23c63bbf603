package fi.silta.importers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.services.AccessMethod;

/**
 * An ongoing service as an importer understood it, before it is written as a {@code ServiceListing}: texts
 * limited to their columns, the service area as municipality codes, the places it is given at, and
 * categories, target groups and languages as Silta's codes.
 */
public record ImportedService(String originId, LocalizedText name, LocalizedText description,
        LocalizedText eligibility, AccessMethod access, LocalizedText accessInfo, boolean free, LocalizedText cost,
        String infoUrl, String contactEmail, String contactPhone, LocalizedText openingHours, Set<String> area,
        List<Location> locations,
        Set<String> categories, Set<String> targetGroups, Set<String> languages, String excerpt) {

    static final int NAME_LENGTH = 255;
    static final int DESCRIPTION_LENGTH = 10_000;
    static final int SHORT_TEXT_LENGTH = 1000;
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{3}");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    /** A place the service is given at, with the municipality code the feed gave for its address, if any. */
    public record Location(ImportedPlace place, String municipality) {
    }

    public ImportedService {
        originId = ImportedActivity.originIdOf(originId);
        if (originId == null) {
            throw new RecordException("has no id");
        }
        name = line(name, NAME_LENGTH);
        if (name == null || name.isEmpty()) {
            throw new RecordException("has no name in Finnish, Swedish or English");
        }
        description = limit(description, DESCRIPTION_LENGTH);
        eligibility = limit(eligibility, SHORT_TEXT_LENGTH);
        access = access == null ? AccessMethod.OPEN : access;
        accessInfo = limit(accessInfo, SHORT_TEXT_LENGTH);
        cost = free ? null : line(cost, NAME_LENGTH);
        infoUrl = Texts.httpUrl(infoUrl);
        contactEmail = Texts.email(contactEmail);
        contactPhone = Texts.truncate(Texts.line(contactPhone), NAME_LENGTH);
        openingHours = line(openingHours, SHORT_TEXT_LENGTH);
        for (String code : area) {
            if (code == null || !MUNICIPALITY_CODE.matcher(code).matches()) {
                throw new RecordException("has the service area municipality code '" + code
                        + "', which is not a three-digit municipality code");
            }
        }
        area = new TreeSet<>(area);
        locations = List.copyOf(locations);
        categories = new TreeSet<>(categories);
        targetGroups = new TreeSet<>(targetGroups);
        SortedSet<String> langs = new TreeSet<>();
        languages.stream().filter(l -> l != null && LANGUAGE_CODE.matcher(l).matches()).forEach(langs::add);
        languages = langs;
    }

    /** The source's defaults added: its categories and target groups, and its language when none is known. */
    public ImportedService withDefaults(Set<String> defaultCategories, Set<String> defaultTargetGroups,
            Language defaultLanguage) {
        SortedSet<String> cats = new TreeSet<>(categories);
        cats.addAll(defaultCategories);
        SortedSet<String> groups = new TreeSet<>(targetGroups);
        groups.addAll(defaultTargetGroups);
        SortedSet<String> langs = new TreeSet<>(languages);
        if (langs.isEmpty()) {
            langs.add(defaultLanguage.code());
        }
        return new ImportedService(originId, name, description, eligibility, access, accessInfo, free, cost, infoUrl,
                contactEmail, contactPhone, openingHours, area, locations, cats, groups, langs, excerpt);
    }

    /** A digest of everything Silta writes from the record: equal digests mean nothing to write. */
    public String contentHash(String... extra) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, originId);
        texts(canonical, name);
        texts(canonical, description);
        texts(canonical, eligibility);
        field(canonical, access);
        texts(canonical, accessInfo);
        field(canonical, free);
        texts(canonical, cost);
        field(canonical, infoUrl);
        field(canonical, contactEmail);
        field(canonical, contactPhone);
        texts(canonical, openingHours);
        list(canonical, area);
        for (Location location : locations) {
            ImportedPlace place = location.place();
            texts(canonical, place.name());
            field(canonical, place.streetAddress());
            field(canonical, place.postalCode());
            field(canonical, place.locality());
            field(canonical, place.latitude());
            field(canonical, place.longitude());
            field(canonical, location.municipality());
        }
        list(canonical, categories);
        list(canonical, targetGroups);
        list(canonical, languages);
        for (String value : extra) {
            field(canonical, value);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void field(StringBuilder canonical, Object value) {
        String text = value == null ? "" : value.toString();
        canonical.append(text.length()).append(':').append(text).append('|');
    }

    private static void texts(StringBuilder canonical, LocalizedText text) {
        field(canonical, text == null ? null : text.fi());
        field(canonical, text == null ? null : text.sv());
        field(canonical, text == null ? null : text.en());
    }

    private static void list(StringBuilder canonical, Collection<String> values) {
        field(canonical, values.size());
        values.forEach(value -> field(canonical, value));
    }

    private static LocalizedText line(LocalizedText text, int max) {
        if (text == null) {
            return null;
        }
        LocalizedText limited = LocalizedText.of(Texts.truncate(Texts.line(text.fi()), max),
                Texts.truncate(Texts.line(text.sv()), max), Texts.truncate(Texts.line(text.en()), max));
        return limited.isEmpty() ? null : limited;
    }

    private static LocalizedText limit(LocalizedText text, int max) {
        if (text == null) {
            return null;
        }
        LocalizedText limited = LocalizedText.of(Texts.truncate(Texts.clean(text.fi()), max),
                Texts.truncate(Texts.clean(text.sv()), max), Texts.truncate(Texts.clean(text.en()), max));
        return limited.isEmpty() ? null : limited;
    }
}
