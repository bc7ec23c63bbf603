package fi.silta.importers.ics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.importers.FeedException;
import fi.silta.importers.FeedImporter;
import fi.silta.importers.FeedSession;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.RecordException;
import fi.silta.importers.RecordFailure;
import fi.silta.importers.SourceType;
import fi.silta.importers.Texts;

/**
 * iCalendar (RFC 5545) feeds. All the VEVENTs sharing a UID are one activity: the master event gives the
 * series (DTSTART, RRULE, RDATE, EXDATE), and each RECURRENCE-ID override either moves one date (the date
 * becomes an exception of the series and a date of its own) or, with STATUS:CANCELLED, marks it cancelled.
 * See docs/importers.md for the field mapping and the quirks handled.
 */
@ApplicationScoped
public class IcsImporter implements FeedImporter {

    @Override
    public SourceType type() {
        return SourceType.ICS;
    }

    @Override
    public ParsedFeed read(FeedSession session) throws FeedException {
        // RFC 5545 calendars are UTF-8; one saved as Windows-1252 without saying so keeps its ä and ö.
        return parse(session.fetchFirst().textGuessingLegacyEncoding(), session);
    }

    /** The calendar text to records; public for the corpus test, which reads files without a database. */
    public ParsedFeed parse(String text, FeedSession session) throws FeedException {
        IcsReader.Calendar calendar = IcsReader.read(text);
        ZoneId floating = calendar.root().property("X-WR-TIMEZONE")
                .flatMap(p -> new IcsZones(List.of(), session.zone()).resolve(p.value()))
                .orElse(session.zone());
        IcsZones zones = new IcsZones(calendar.components("VTIMEZONE"), session.zone());
        Map<String, List<IcsComponent>> byUid = new LinkedHashMap<>();
        for (IcsComponent event : calendar.components("VEVENT")) {
            byUid.computeIfAbsent(uid(event), k -> new ArrayList<>()).add(event);
        }
        session.checkRecordCount(byUid.size());
        List<ImportedActivity> records = new ArrayList<>();
        List<RecordFailure> failures = new ArrayList<>();
        for (Map.Entry<String, List<IcsComponent>> group : byUid.entrySet()) {
            session.checkTime();
            try {
                records.add(new IcsEventGroup(group.getKey(), group.getValue(), zones, floating, session).toRecord());
            } catch (RecordException e) {
                failures.add(new RecordFailure(group.getKey(), e.getMessage(), excerpt(group.getValue())));
            } catch (RuntimeException e) {
                // A value no rule foresaw: the event fails, the feed goes on.
                failures.add(new RecordFailure(group.getKey(), "could not be read ("
                        + e.getClass().getSimpleName() + ")", excerpt(group.getValue())));
            }
        }
        return new ParsedFeed(records, failures);
    }

    /** The UID, or for events without one an id made of their start and summary, stable between runs. */
    private static String uid(IcsComponent event) {
        String uid = event.property("UID").map(p -> p.value().strip()).orElse("");
        if (!uid.isEmpty()) {
            return uid;
        }
        String basis = event.property("DTSTART").map(IcsComponent.Property::value).orElse("") + "|"
                + event.property("SUMMARY").map(IcsComponent.Property::value).orElse("");
        try {
            return "no-uid:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(basis.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String excerpt(List<IcsComponent> events) {
        return Texts.excerpt(events.get(0).raw(), 500);
    }
}
