package fi.silta.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One search a resident makes, in the mixed set every system answers: free text in Finnish or Swedish,
 * facet filters, near me, or a date range. Every search also asks for the facet counts, as Silta's search
 * page does.
 *
 * @param kind what sort of search, for the report
 * @param text the words typed, or null
 * @param municipality a municipality code filter, or null
 * @param category a category code filter, or null
 * @param latitude with {@code longitude} and {@code radiusKm}: near this point, sorted by distance
 * @param from with {@code to}: sessions on these days
 * @param weekday a weekday filter with the date range, or null
 */
record BenchQuery(String kind, String text, String municipality, String category, Double latitude,
        Double longitude, String postalCode, Integer radiusKm, LocalDate from, LocalDate to, DayOfWeek weekday) {

    static final int PAGE_SIZE = 20;

    /** Silta's public search address for this query. */
    String siltaPath() {
        List<String> params = new ArrayList<>();
        if (text != null) {
            params.add("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        if (municipality != null) {
            params.add("municipality=" + municipality);
        }
        if (category != null) {
            params.add("category=" + category);
        }
        if (postalCode != null) {
            params.add("postalCode=" + postalCode);
            params.add("radiusKm=" + radiusKm);
            params.add("sort=distance");
        }
        if (from != null) {
            params.add("from=" + from);
            params.add("to=" + to);
        }
        if (weekday != null) {
            params.add("weekday=" + weekday.name().substring(0, 3).toLowerCase(Locale.ROOT));
        }
        params.add("size=" + PAGE_SIZE);
        return "/api/v1/activities?" + String.join("&", params);
    }

    /**
     * The mixed set: 35 % Finnish free text (base forms, inflected forms, two-word queries), 15 % Swedish
     * free text, 20 % facet browsing (municipality and category), 15 % near a postal code, 15 % date range.
     */
    static List<BenchQuery> mixedSet(int count, long seed, Vocabulary words, List<CatalogueGenerator.PostalArea> areas,
            List<String> busyMunicipalities, LocalDate today) {
        Random random = new Random(seed);
        List<BenchQuery> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int draw = random.nextInt(100);
            Vocabulary.Kind kind = Vocabulary.pick(Vocabulary.KINDS, random);
            if (draw < 35) {
                String text = switch (random.nextInt(4)) {
                    case 0 -> kind.fi();
                    case 1 -> words.inflected(random);
                    case 2 -> words.lemma(random) + " " + Vocabulary.pick(Vocabulary.AUDIENCES, random)[0].toLowerCase();
                    default -> lastWord(kind.fi());
                };
                queries.add(new BenchQuery("text-fi", text, null, null, null, null, null, null, null, null, null));
            } else if (draw < 50) {
                queries.add(new BenchQuery("text-sv", random.nextBoolean() ? kind.sv() : lastWord(kind.sv()), null, null,
                        null, null, null, null, null, null, null));
            } else if (draw < 70) {
                queries.add(new BenchQuery("facets", null, Vocabulary.pick(busyMunicipalities, random),
                        random.nextBoolean() ? kind.category() : null, null, null, null, null, null, null, null));
            } else if (draw < 85) {
                CatalogueGenerator.PostalArea area = Vocabulary.pick(areas, random);
                queries.add(new BenchQuery("near", random.nextInt(3) == 0 ? kind.fi() : null, null, null,
                        area.latitude(), area.longitude(), area.code(), 10, null, null, null));
            } else {
                LocalDate from = today.plusDays(random.nextInt(30));
                queries.add(new BenchQuery("dates", null, null, random.nextBoolean() ? kind.category() : null, null, null,
                        null, null, from, from.plusDays(random.nextInt(14)),
                        random.nextInt(3) == 0 ? DayOfWeek.of(1 + random.nextInt(5)) : null));
            }
        }
        return queries;
    }

    private static String lastWord(String text) {
        String[] parts = text.split(" ");
        return parts[parts.length - 1];
    }
}
