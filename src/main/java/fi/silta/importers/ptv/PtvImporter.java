package fi.silta.importers.ptv;

import static fi.silta.importers.ptv.PtvJson.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.silta.importers.FeedException;
import fi.silta.importers.FeedImporter;
import fi.silta.importers.FeedJson;
import fi.silta.importers.FeedSession;
import fi.silta.importers.FetchedFeed;
import fi.silta.importers.ImportedService;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.RecordException;
import fi.silta.importers.RecordFailure;
import fi.silta.importers.SourceType;
import fi.silta.importers.Texts;

/**
 * The national service register's (PTV) Open API v11: an organisation's services as the paged list
 * {@code /api/v11/Service/list/organization?organizationId=…} gives them (also a single service or a plain list of
 * services), and each linked service channel fetched once from {@code /api/v11/ServiceChannel/{id}}. Each
 * published service is one Silta service; see docs/importers.md for the field mapping.
 */
@ApplicationScoped
public class PtvImporter implements FeedImporter {

    private static final int EXCERPT = 500;
    private static final Pattern API_BASE = Pattern.compile("^(.*/api/v\\d+/)", Pattern.CASE_INSENSITIVE);

    private final ObjectMapper json;

    @Inject
    PtvImporter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public SourceType type() {
        return SourceType.PTV;
    }

    @Override
    public ParsedFeed read(FeedSession session) throws FeedException {
        List<JsonNode> services = new ArrayList<>();
        int inactive = 0;
        URI page = session.url();
        Integer firstPage = null;
        while (page != null) {
            FetchedFeed fetched = session.fetch(page);
            JsonNode root = FeedJson.read(json, fetched, "a PTV service list");
            for (JsonNode service : items(root)) {
                if (published(service)) {
                    services.add(service);
                } else {
                    inactive++;
                }
            }
            session.checkRecordCount(services.size());
            int number = root.path("pageNumber").asInt(0);
            firstPage = firstPage == null ? number : firstPage;
            page = nextPage(root, fetched.uri(), firstPage);
        }
        if (services.isEmpty() && inactive == 0) {
            throw new FeedException("The PTV response holds no services");
        }
        Map<String, PtvChannels.Channel> channels = channels(services, session);
        ServiceMapping mapping = new ServiceMapping(session.keywords(), session.language().code());
        List<ImportedService> records = new ArrayList<>();
        List<RecordFailure> failures = new ArrayList<>();
        for (JsonNode service : services) {
            session.checkTime();
            try {
                ImportedService record = mapping.service(service, channels, excerpt(service));
                if (record != null) {
                    records.add(record);
                }
            } catch (RecordException e) {
                failures.add(new RecordFailure(text(service.get("id")), e.getMessage(), excerpt(service)));
            } catch (RuntimeException e) {
                failures.add(new RecordFailure(text(service.get("id")),
                        "could not be read (" + e.getClass().getSimpleName() + ")", excerpt(service)));
            }
        }
        return ParsedFeed.ofServices(records, failures);
    }

    /** The services of a paged list ({@code itemList}), a plain list, or a single service. */
    private static List<JsonNode> items(JsonNode root) throws FeedException {
        JsonNode list = root.isArray() ? root : root.get("itemList");
        if (list == null && root.isObject() && root.has("serviceNames")) {
            return List.of(root);
        }
        if (list == null || !list.isArray()) {
            throw new FeedException("Not a PTV service list: neither an itemList, a list nor a service");
        }
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject()) {
                throw new FeedException("Not a PTV service list: its items are not services");
            }
            if (item.has("serviceChannelNames") && !item.has("serviceNames")) {
                throw new FeedException("Not a PTV service list: it lists service channels; give the service list "
                        + "of the organisation (/api/v11/Service/list/organization?organizationId=…)");
            }
            if (!item.has("serviceNames") && !item.has("id")) {
                throw new FeedException("Not a PTV service list: its items have neither an id nor names");
            }
            items.add(item);
        }
        return items;
    }

    private static boolean published(JsonNode service) {
        String status = text(service.get("publishingStatus"));
        return status == null || "Published".equalsIgnoreCase(status);
    }

    /**
     * PTV numbers pages from one (the documentation) or from zero (older deployments); the list goes on while
     * pages remain after this one.
     */
    static URI nextPage(JsonNode root, URI current, int firstPage) {
        if (!root.isObject() || !root.path("pageNumber").canConvertToInt() || !root.path("pageCount").canConvertToInt()
                || !("http".equalsIgnoreCase(current.getScheme()) || "https".equalsIgnoreCase(current.getScheme()))) {
            return null;
        }
        int page = root.get("pageNumber").asInt();
        int last = root.get("pageCount").asInt() - (firstPage == 0 ? 1 : 0);
        if (page >= last) {
            return null;
        }
        String query = current.getRawQuery() == null ? "" : current.getRawQuery();
        String others = String.join("&", Arrays.stream(query.split("&"))
                .filter(p -> !p.isBlank() && !p.toLowerCase(Locale.ROOT).startsWith("page=")).toList());
        String base = current.toString();
        int question = base.indexOf('?');
        return URI.create((question < 0 ? base : base.substring(0, question)) + "?"
                + (others.isEmpty() ? "" : others + "&") + "page=" + (page + 1));
    }

    /**
     * Each service channel the services link to, fetched once beside the list from the same API. A channel that
     * cannot be read is left out; the services that link to it still import, without it.
     */
    private Map<String, PtvChannels.Channel> channels(List<JsonNode> services, FeedSession session)
            throws FeedException {
        Matcher base = API_BASE.matcher(session.url().getScheme() + "://" + session.url().getRawAuthority()
                + session.url().getRawPath());
        Map<String, PtvChannels.Channel> channels = new HashMap<>();
        if (!base.find()) {
            return channels;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode service : services) {
            for (JsonNode link : service.path("serviceChannels")) {
                String id = text(link.path("serviceChannel").get("id"));
                if (id != null && id.matches("[0-9A-Fa-f-]{1,64}")) {
                    ids.add(id.toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String id : ids) {
            FetchedFeed fetched;
            try {
                fetched = session.fetchDetail(URI.create(base.group(1) + "ServiceChannel/" + id));
            } catch (FeedException e) {
                session.checkTime();
                continue;
            }
            JsonNode channel;
            try {
                channel = FeedJson.read(json, fetched, "a PTV service channel");
            } catch (FeedException e) {
                continue;
            }
            PtvChannels.Channel read = channel.isObject() ? PtvChannels.read(channel, session.language().code()) : null;
            if (read != null) {
                channels.put(id, read);
            }
        }
        return channels;
    }

    private static String excerpt(JsonNode node) {
        return Texts.truncate(node.toString(), EXCERPT);
    }

    /** Channel ids in the order the service links them. */
    static Map<String, String> linked(JsonNode service) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode link : service.path("serviceChannels")) {
            String id = text(link.path("serviceChannel").get("id"));
            if (id != null) {
                ids.put(id.toLowerCase(Locale.ROOT), text(link.get("serviceChargeType")));
            }
        }
        return ids;
    }
}
