package fi.silta.resources.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

import fi.silta.common.Language;
import fi.silta.common.web.ListPage;
import fi.silta.common.web.Option;
import fi.silta.resources.ResourceAudience;
import fi.silta.resources.ResourceBankService;
import fi.silta.resources.ResourceMessages;
import fi.silta.resources.ResourceTopic;
import fi.silta.resources.api.ResourceHits;

/**
 * What the public and the staff resource pages share: a search by words, topic (and, for staff, audience) from the
 * address, one page of rows, and the choices of the filters.
 */
final class Listing {

    static final int PAGE_SIZE = 20;

    @TemplateData
    record Found(String query, ListPage<Row> list, List<Option> topics, List<Option> audiences) {
    }

    private Listing() {
    }

    static Found find(ResourceBankService bank, String path, String q, String topic, String audience, String page,
            boolean staff, Language language, ResourceMessages text) {
        String query = ListPage.search(q);
        ResourceTopic chosenTopic = ListPage.choice(ResourceTopic.class, topic).orElse(null);
        ResourceAudience chosenAudience = staff ? ListPage.choice(ResourceAudience.class, audience).orElse(null)
                : null;
        int requested = ListPage.pageNumber(page);
        ResourceHits hits = bank.find(query, chosenTopic, chosenAudience, staff, requested - 1, PAGE_SIZE, language);
        int pages = (int) Math.max(1, (hits.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", query);
        filters.put("topic", chosenTopic == null ? null : chosenTopic.name());
        filters.put("audience", chosenAudience == null ? null : chosenAudience.name());
        ListPage<Row> list = new ListPage<>(hits.items().stream().map(r -> Row.of(r, staff)).toList(),
                (int) hits.total(), requested, pages,
                requested > 1 ? ListPage.address(path, filters, requested - 1) : null,
                requested < pages ? ListPage.address(path, filters, requested + 1) : null);
        List<Option> topics = Arrays.stream(ResourceTopic.values())
                .map(t -> new Option(t.name(), text.topic(t), t == chosenTopic)).toList();
        List<Option> audiences = Arrays.stream(ResourceAudience.values())
                .map(a -> new Option(a.name(), text.audience(a), a == chosenAudience)).toList();
        return new Found(query == null ? "" : query, list, topics, audiences);
    }
}
