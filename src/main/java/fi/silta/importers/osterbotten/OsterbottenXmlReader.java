package fi.silta.importers.osterbotten;

import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.importers.FeedException;
import fi.silta.importers.FeedSession;
import fi.silta.importers.FetchedFeed;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.ImportedPlace;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.ListedDates;
import fi.silta.importers.ListedDates.Session;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.RecordException;
import fi.silta.importers.RecordFailure;
import fi.silta.importers.Texts;

/**
 * The Österbotten event calendar's XML (events.osterbotten.fi, {@code EventService/search}), one of the feeds
 * Linked Events itself aggregates: an {@code EventService} page of {@code Event}s, or a single {@code Event}.
 * The calendar serves one language per request ({@code Locale=fi_FI}, {@code sv_SE}, {@code en_US}); an
 * http(s) source asking for one locale is read in all three, and the language versions of one event ID become
 * one activity with its texts in each language. Each {@code Dates/Date} is a session.
 */
public final class OsterbottenXmlReader {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT);
    private static final Map<String, Language> LOCALES = Map.of("fi_FI", Language.FI, "sv_SE", Language.SV,
            "en_US", Language.EN);
    private static final int EXCERPT = 500;
    private static final int MAX_PAGES = 200;

    private OsterbottenXmlReader() {
    }

    public static boolean looksLikeXml(byte[] body) {
        for (byte b : body) {
            if (b == '<') {
                return true;
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    /** One event in one language, as read. */
    private record Version(Element event, Language language) {
    }

    public static ParsedFeed read(FetchedFeed first, FeedSession session) throws FeedException {
        List<Version> versions = new ArrayList<>();
        String askedLocale = localeOf(first.uri());
        List<URI> starts = new ArrayList<>();
        if (askedLocale != null) {
            for (String locale : LOCALES.keySet().stream().sorted().toList()) {
                starts.add(withParameter(first.uri(), "Locale", locale));
            }
        }
        if (starts.isEmpty()) {
            readPages(first, session, versions);
        } else {
            for (URI start : starts) {
                readPages(start.equals(first.uri()) ? first : session.fetch(start), session, versions);
            }
        }
        Map<String, List<Version>> byId = new LinkedHashMap<>();
        List<RecordFailure> failures = new ArrayList<>();
        for (Version version : versions) {
            String id = child(version.event(), "ID");
            if (id == null) {
                failures.add(new RecordFailure(null, "has no ID", excerpt(version.event())));
            } else {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(version);
            }
        }
        List<ImportedActivity> records = new ArrayList<>();
        for (Map.Entry<String, List<Version>> entry : byId.entrySet()) {
            session.checkTime();
            try {
                records.add(record(entry.getKey(), entry.getValue(), session));
            } catch (RecordException e) {
                failures.add(new RecordFailure("osterbotten:" + entry.getKey(), e.getMessage(),
                        excerpt(entry.getValue().get(0).event())));
            } catch (RuntimeException e) {
                failures.add(new RecordFailure("osterbotten:" + entry.getKey(),
                        "could not be read (" + e.getClass().getSimpleName() + ")",
                        excerpt(entry.getValue().get(0).event())));
            }
        }
        return new ParsedFeed(records, failures);
    }

    /** Reads a page and the pages after it, as the calendar pages them ({@code Start}, {@code Items}). */
    private static void readPages(FetchedFeed fetched, FeedSession session, List<Version> versions)
            throws FeedException {
        FetchedFeed page = fetched;
        for (int pages = 0; page != null && pages < MAX_PAGES; pages++) {
            Element root = SafeXml.parse(page.body()).getDocumentElement();
            switch (root.getTagName()) {
                case "Event" -> {
                    versions.add(new Version(root, languageOf(root, null, session)));
                    return;
                }
                case "EventService" -> {
                    Element events = firstChild(root, "Events");
                    if (events == null) {
                        throw new FeedException(firstChild(root, "Municipalities") != null
                                ? "An Österbotten municipality list, not an event feed"
                                : "An Österbotten EventService answer without events");
                    }
                    Language pageLanguage = LOCALES.get(child(root, "Locale"));
                    List<Element> items = children(events, "Event");
                    for (Element event : items) {
                        versions.add(new Version(event, languageOf(event, pageLanguage, session)));
                    }
                    session.checkRecordCount(versions.size());
                    page = next(root, page.uri(), items.size(), session);
                }
                default -> throw new FeedException("Not a Linked Events API response or a known event feed: the XML is "
                        + "neither an Österbotten EventService answer nor an Event");
            }
        }
    }

    /** The next page, asked for as the calendar pages: {@code Start} moves on by the items received. */
    private static FetchedFeed next(Element root, URI uri, int items, FeedSession session) throws FeedException {
        if (items == 0 || !uri.getScheme().startsWith("http")) {
            return null;
        }
        String asked = parameter(uri, "Start");
        int following = (asked == null ? 0 : Math.max(0, number(asked) == null ? 0 : number(asked))) + items;
        Integer total = number(child(root, "TotalItems"));
        if (total != null && following >= total) {
            return null;
        }
        return session.fetch(withParameter(uri, "Start", String.valueOf(following)));
    }

    private static ImportedActivity record(String id, List<Version> versions, FeedSession session) {
        Map<Language, Element> byLanguage = new LinkedHashMap<>();
        for (Version version : versions) {
            byLanguage.putIfAbsent(version.language(), version.event());
        }
        Element main = byLanguage.getOrDefault(session.language(), versions.get(0).event());
        ImportedActivity.Builder builder = ImportedActivity.builder("osterbotten:" + id)
                .title(texts(byLanguage, "Title"))
                .summary(texts(byLanguage, "EventTextShort"))
                .description(texts(byLanguage, "EventText"))
                .excerpt(excerpt(main));
        String link = first(child(main, "Link"), child(main, "Homepage"), child(main, "ExternalLink"));
        builder.infoUrl(link);
        byLanguage.keySet().forEach(language -> builder.language(language.code()));
        if ("1".equals(child(main, "OnlineEvent"))) {
            builder.online(first(child(main, "ExternalLink"), link));
        } else {
            String placeName = first(child(main, "Place"), child(main, "PostalAddress"));
            if (placeName != null) {
                builder.place(ImportedPlace.of(LocalizedText.of(placeName, null, null), child(main, "PostalAddress"),
                        child(main, "PostalCode"), first(child(main, "PostalOffice"), child(main, "Municipality")),
                        null, null));
            }
        }
        boolean free = "Free".equalsIgnoreCase(child(main, "PriceType"));
        builder.free(free);
        if (!free) {
            builder.price(texts(byLanguage, "PriceText"));
        }
        KeywordMap.Matches matches = session.keywords().matches();
        for (Element event : byLanguage.values()) {
            for (String group : new String[] { "Categories", "TargetGroups" }) {
                Element list = firstChild(event, group);
                if (list != null) {
                    for (Element item : children(list, null)) {
                        matches.word(child(item, "Name"));
                    }
                }
            }
        }
        builder.categories(matches.categories()).targetGroups(matches.targetGroups());
        Element association = firstChild(main, "Association");
        if (association != null) {
            String phone = child(association, "Phone");
            builder.contact(child(association, "Name"), child(association, "Email"),
                    phone == null ? null : phone.split(",")[0].strip());
        }
        List<Session> sessions = new ArrayList<>();
        Element dates = firstChild(main, "Dates");
        for (Element date : dates == null ? List.<Element> of() : children(dates, "Date")) {
            sessions.add(session(child(date, "Start"), child(date, "End")));
        }
        if (sessions.isEmpty()) {
            sessions.add(session(child(main, "Start"), child(main, "End")));
        }
        ListedDates.schedules(sessions, session.zone()).forEach(builder::schedule);
        return builder.build();
    }

    private static Session session(String start, String end) {
        if (start == null) {
            throw new RecordException("has no Start");
        }
        try {
            LocalDateTime from = LocalDateTime.parse(start.strip(), LOCAL);
            LocalDateTime to = end == null ? from : LocalDateTime.parse(end.strip(), LOCAL);
            return new Session(from, Duration.between(from, to), false);
        } catch (DateTimeParseException e) {
            throw new RecordException("has an unreadable Start or End");
        }
    }

    /** The language of one event: its page's locale, else its link (/fi/ or /sv/ or "evenemang"), else the source's. */
    private static Language languageOf(Element event, Language pageLanguage, FeedSession session) {
        if (pageLanguage != null) {
            return pageLanguage;
        }
        String link = child(event, "Link");
        if (link != null) {
            String lower = link.toLowerCase(Locale.ROOT);
            if (lower.contains("/fi/")) {
                return Language.FI;
            }
            if (lower.contains("/sv/") || lower.contains("/evenemang/")) {
                return Language.SV;
            }
            if (lower.contains("/en/")) {
                return Language.EN;
            }
        }
        return session.language();
    }

    private static LocalizedText texts(Map<Language, Element> byLanguage, String name) {
        LocalizedText text = LocalizedText.of(textIn(byLanguage, Language.FI, name), textIn(byLanguage, Language.SV, name),
                textIn(byLanguage, Language.EN, name));
        return text.isEmpty() ? null : text;
    }

    private static String textIn(Map<Language, Element> byLanguage, Language language, String name) {
        Element event = byLanguage.get(language);
        return event == null ? null : child(event, name);
    }

    private static String localeOf(URI uri) {
        return uri.getScheme().startsWith("http") ? parameter(uri, "Locale") : null;
    }

    private static String parameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String part : query.split("&")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static URI withParameter(URI uri, String name, String value) {
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        List<String> parts = new ArrayList<>();
        boolean replaced = false;
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith(name + "=")) {
                parts.add(name + "=" + value);
                replaced = true;
            } else {
                parts.add(part);
            }
        }
        if (!replaced) {
            parts.add(name + "=" + value);
        }
        String address = uri.toString();
        int question = address.indexOf('?');
        return URI.create((question < 0 ? address : address.substring(0, question)) + "?" + String.join("&", parts));
    }

    private static Element firstChild(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
                result.add(element);
            }
        }
        return result;
    }

    private static String child(Element parent, String name) {
        Element element = firstChild(parent, name);
        if (element == null) {
            return null;
        }
        String text = element.getTextContent();
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String excerpt(Element event) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            var out = new StringWriter();
            transformer.transform(new DOMSource(event), new StreamResult(out));
            return Texts.truncate(out.toString(), EXCERPT);
        } catch (TransformerException e) {
            return Texts.truncate(event.getTextContent(), EXCERPT);
        }
    }
}
