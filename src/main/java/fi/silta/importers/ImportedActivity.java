package fi.silta.importers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import fi.silta.common.Language;
import fi.silta.common.LocalizedText;

/**
 * One record of a feed as Silta understood it, whatever the feed's format: cleaned, limited and checked,
 * ready to become an activity. Importers build it with {@link #builder(String)}, whose {@code build()} refuses
 * a record a resident could not use (no title, no date, nowhere to go) with a reason.
 */
public record ImportedActivity(String originId, LocalizedText title, LocalizedText summary,
        LocalizedText description, ImportedPlace place, String onlineUrl, String infoUrl, SortedSet<String> categories,
        SortedSet<String> targetGroups, SortedSet<String> languages, boolean free, LocalizedText price, Integer ageMin,
        Integer ageMax, String contactName, String contactEmail, String contactPhone,
        List<ImportedSchedule> schedules, String excerpt) {

    public static final int TITLE_LENGTH = 255;
    public static final int SUMMARY_LENGTH = 1000;
    /** Summaries made from a description stay short, like the ones publishers write. */
    public static final int DERIVED_SUMMARY_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 10_000;
    public static final int ORIGIN_ID_LENGTH = 255;
    public static final int MAX_SCHEDULES = 500;
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    public ImportedActivity {
        categories = new TreeSet<>(categories);
        targetGroups = new TreeSet<>(targetGroups);
        languages = new TreeSet<>(languages);
        schedules = List.copyOf(schedules);
    }

    /** Words that put a venue after a title, as {@link Texts#key} leaves them ("@", dashes and colons go). */
    private static final Set<String> VENUE_CONNECTORS = Set.of("at", "in", "i", "pa");

    public static Builder builder(String originId) {
        return new Builder(originId);
    }

    /**
     * A feed's id for a record as Silta keeps it: one line without control characters; an id longer than the
     * column is replaced by {@code sha256:} and its digest, so it stays stable and short.
     *
     * @return null when nothing is left of it
     */
    public static String originIdOf(String raw) {
        String id = Texts.line(raw);
        if (id == null) {
            return null;
        }
        return id.length() > ORIGIN_ID_LENGTH ? "sha256:" + Builder.sha256(id) : id;
    }

    /** The source's defaults added: its categories and target groups, and its language when none is known. */
    public ImportedActivity withDefaults(Set<String> defaultCategories, Set<String> defaultTargetGroups,
            Language defaultLanguage) {
        SortedSet<String> cats = new TreeSet<>(categories);
        cats.addAll(defaultCategories);
        SortedSet<String> groups = new TreeSet<>(targetGroups);
        groups.addAll(defaultTargetGroups);
        SortedSet<String> langs = new TreeSet<>(languages);
        if (langs.isEmpty()) {
            langs.add(defaultLanguage.code());
        }
        return new ImportedActivity(originId, title, summary, description, place, onlineUrl, infoUrl, cats, groups,
                langs, free, price, ageMin, ageMax, contactName, contactEmail, contactPhone, schedules, excerpt);
    }

    /**
     * SHA-256 over every field but the excerpt, in a fixed order: equal hashes mean nothing a resident could
     * see has changed. The extra parts are settings outside the record that still shape the activity (the
     * default municipality).
     */
    public String contentHash(String... extra) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, originId);
        texts(canonical, title);
        texts(canonical, summary);
        texts(canonical, description);
        if (place != null) {
            texts(canonical, place.name());
            field(canonical, place.streetAddress());
            field(canonical, place.postalCode());
            field(canonical, place.locality());
            field(canonical, place.latitude());
            field(canonical, place.longitude());
        } else {
            field(canonical, "no place");
        }
        field(canonical, onlineUrl);
        field(canonical, infoUrl);
        field(canonical, categories);
        field(canonical, targetGroups);
        field(canonical, languages);
        field(canonical, free);
        texts(canonical, price);
        field(canonical, ageMin);
        field(canonical, ageMax);
        field(canonical, contactName);
        field(canonical, contactEmail);
        field(canonical, contactPhone);
        for (ImportedSchedule schedule : schedules) {
            field(canonical, schedule.firstStart());
            field(canonical, schedule.duration());
            field(canonical, schedule.allDay());
            field(canonical, schedule.rrule());
            field(canonical, schedule.zone());
            field(canonical, schedule.extraDates());
            field(canonical, schedule.exceptions());
            field(canonical, schedule.cancelled());
        }
        for (String part : extra) {
            field(canonical, part);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Title and place, normalised: two sources publishing the same activity agree on these. */
    public String matchKey() {
        String placeKey = place != null ? Texts.key(firstOf(place.name())) : "online";
        String titleKey = Texts.key(firstOf(title));
        if (place != null) {
            String marked = titleKey(firstOf(title));
            String withoutVenue = withoutVenue(marked, placeKey);
            titleKey = withoutVenue.equals(marked) ? titleKey : withoutVenue;
        }
        return Texts.truncate(titleKey, 400) + "|" + Texts.truncate(placeKey, 190);
    }

    /** A title as the cross-source match compares it; an "@" before a venue reads as "at". */
    static String titleKey(String title) {
        return Texts.key(title == null ? null : title.replace("@", " at "));
    }

    /**
     * A title without the venue some publishers add to it: "Konsertti at Tavastia" and "Konsertti" at the
     * place Tavastia are one event. The venue is recognised after "at", "@", "in", "i", "på", a dash or a colon,
     * or before a colon or a dash ("Tavastia: Konsertti"), when its words are all words of the place's name.
     */
    static String withoutVenue(String titleKey, String placeKey) {
        Set<String> placeWords = Set.copyOf(List.of(placeKey.split(" ")));
        String[] words = titleKey.split(" ");
        for (int cut = words.length - 1; cut >= 1; cut--) {
            List<String> tail = List.of(words).subList(cut, words.length);
            if (placeWords.containsAll(tail)) {
                int end = cut > 1 && VENUE_CONNECTORS.contains(words[cut - 1]) ? cut - 1 : cut;
                boolean marked = end < cut || tail.size() == placeWords.size();
                if (marked && end >= 1) {
                    return String.join(" ", List.of(words).subList(0, end));
                }
            }
        }
        for (int cut = 1; cut < words.length; cut++) {
            if (String.join(" ", List.of(words).subList(0, cut)).equals(placeKey)) {
                return String.join(" ", List.of(words).subList(cut, words.length));
            }
        }
        return titleKey;
    }

    private static String firstOf(LocalizedText text) {
        return text.fi() != null ? text.fi() : text.sv() != null ? text.sv() : text.en();
    }

    private static void texts(StringBuilder out, LocalizedText text) {
        if (text == null) {
            field(out, null);
        } else {
            field(out, text.fi());
            field(out, text.sv());
            field(out, text.en());
        }
    }

    private static void field(StringBuilder out, Object value) {
        // Length-prefixed, so no value can fake a field boundary.
        String text = String.valueOf(value);
        out.append(text.length()).append(':').append(text).append(';');
    }

    /** Collects a record's fields; {@link #build()} cleans and checks them. */
    public static final class Builder {

        private final String originId;
        private LocalizedText title;
        private LocalizedText summary;
        private LocalizedText description;
        private ImportedPlace place;
        private String onlineUrl;
        private String infoUrl;
        private final Set<String> categories = new LinkedHashSet<>();
        private final Set<String> targetGroups = new LinkedHashSet<>();
        private final Set<String> languages = new LinkedHashSet<>();
        private boolean free;
        private LocalizedText price;
        private Integer ageMin;
        private Integer ageMax;
        private String contactName;
        private String contactEmail;
        private String contactPhone;
        private final List<ImportedSchedule> schedules = new ArrayList<>();
        private String excerpt;

        private Builder(String originId) {
            this.originId = originId;
        }

        public Builder title(LocalizedText title) {
            this.title = title;
            return this;
        }

        public Builder summary(LocalizedText summary) {
            this.summary = summary;
            return this;
        }

        /** Descriptions may hold HTML; it is reduced to plain text through the allow-list. */
        public Builder description(LocalizedText description) {
            this.description = description;
            return this;
        }

        public Builder place(ImportedPlace place) {
            this.place = place;
            return this;
        }

        public Builder online(String url) {
            this.onlineUrl = url;
            return this;
        }

        public Builder infoUrl(String url) {
            this.infoUrl = url;
            return this;
        }

        public Builder categories(Set<String> codes) {
            categories.addAll(codes);
            return this;
        }

        public Builder targetGroups(Set<String> codes) {
            targetGroups.addAll(codes);
            return this;
        }

        public Builder language(String code) {
            if (code != null) {
                languages.add(code.strip().toLowerCase(Locale.ROOT));
            }
            return this;
        }

        public Builder free(boolean free) {
            this.free = free;
            return this;
        }

        public Builder price(LocalizedText price) {
            this.price = price;
            return this;
        }

        public Builder ages(Integer min, Integer max) {
            this.ageMin = min;
            this.ageMax = max;
            return this;
        }

        public Builder contact(String name, String email, String phone) {
            this.contactName = name;
            this.contactEmail = email;
            this.contactPhone = phone;
            return this;
        }

        public Builder schedule(ImportedSchedule schedule) {
            schedules.add(schedule.inFinnishTimeWhenUtc());
            return this;
        }

        /** The raw record, kept short, for the run's failure list should writing it fail. */
        public Builder excerpt(String raw) {
            this.excerpt = Texts.excerpt(raw, 500);
            return this;
        }

        public boolean hasSchedules() {
            return !schedules.isEmpty();
        }

        /**
         * @throws RecordException when the record lacks what a resident needs or holds values Silta refuses
         */
        public ImportedActivity build() {
            // Some producers use very long ids; a digest keeps them stable and short.
            String id = originIdOf(originId);
            if (id == null) {
                throw new RecordException("has no id");
            }
            // Titles too arrive with markup or character references ("Tom &amp; Jerry") now and then.
            LocalizedText cleanTitle = map(title, value -> Texts.truncate(HtmlText.line(value), TITLE_LENGTH));
            if (cleanTitle == null) {
                throw new RecordException("has no title");
            }
            LocalizedText cleanDescription = map(description,
                    value -> Texts.truncate(HtmlText.toText(value), DESCRIPTION_LENGTH));
            LocalizedText cleanSummary = map(summary,
                    value -> Texts.truncate(HtmlText.line(value), SUMMARY_LENGTH));
            if (cleanSummary == null && cleanDescription != null) {
                cleanSummary = map(cleanDescription, value -> Texts.summarise(value, DERIVED_SUMMARY_LENGTH));
            }
            if (cleanSummary == null) {
                // A resident still needs a line to go by; the title is what the publisher gave.
                cleanSummary = cleanTitle;
            }
            String cleanOnline = Texts.httpUrl(onlineUrl);
            if (place == null && cleanOnline == null) {
                throw new RecordException("has no place: the feed gives no location or online link, so a resident "
                        + "would not know where to go");
            }
            if (schedules.isEmpty()) {
                throw new RecordException("has no date");
            }
            if (schedules.size() > MAX_SCHEDULES) {
                throw new RecordException("has more than " + MAX_SCHEDULES + " separate dates or series");
            }
            schedules.forEach(ImportedSchedule::validate);
            boolean agesValid = (ageMin == null || (ageMin >= 0 && ageMin <= 120))
                    && (ageMax == null || (ageMax >= 0 && ageMax <= 120))
                    && (ageMin == null || ageMax == null || ageMin <= ageMax);
            Set<String> cleanLanguages = new LinkedHashSet<>();
            languages.stream().filter(code -> LANGUAGE_CODE.matcher(code).matches()).forEach(cleanLanguages::add);
            return new ImportedActivity(id, cleanTitle, cleanSummary, cleanDescription, place,
                    place == null ? cleanOnline : null, Texts.httpUrl(infoUrl), new TreeSet<>(categories),
                    new TreeSet<>(targetGroups), new TreeSet<>(cleanLanguages), free,
                    free ? null : map(price, value -> Texts.truncate(HtmlText.line(value), 255)),
                    agesValid ? ageMin : null, agesValid ? ageMax : null,
                    Texts.truncate(HtmlText.line(contactName), 255), Texts.email(contactEmail),
                    Texts.truncate(HtmlText.line(contactPhone), 255), schedules, excerpt);
        }

        private static LocalizedText map(LocalizedText text, UnaryOperator<String> cleaner) {
            if (text == null) {
                return null;
            }
            LocalizedText result = LocalizedText.of(cleaner.apply(text.fi()), cleaner.apply(text.sv()),
                    cleaner.apply(text.en()));
            return result.isEmpty() ? null : result;
        }

        private static String sha256(String value) {
            try {
                return HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }
}
