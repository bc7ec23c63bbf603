package fi.silta.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The engine's own bulk rate, the limit for Silta's reindex: every document Silta wrote is read back from
 * its index, then written with the {@code _bulk} API into a new index with the same settings and mapping,
 * in batches of 1,000 from {@code threads} senders, and refreshed.
 */
final class EngineBulk {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 1_000;

    private EngineBulk() {
    }

    record Result(long documents, long millis, double perSecond) {
    }

    static Result run(String engine, String sourceAlias, Path dumpFile, int threads) throws Exception {
        long documents = dump(engine, sourceAlias, dumpFile);
        String target = "bench-bulk";
        Http.send("DELETE", engine + "/" + target, null, null);
        JsonNode source = JSON.readTree(Http.get(engine + "/" + sourceAlias, null).expect(200).body());
        JsonNode index = source.elements().next();
        ObjectNode create = JSON.createObjectNode();
        ObjectNode settings = create.putObject("settings").putObject("index");
        JsonNode original = index.path("settings").path("index");
        settings.set("analysis", original.path("analysis"));
        settings.put("number_of_shards", original.path("number_of_shards").asText("1"));
        settings.put("number_of_replicas", original.path("number_of_replicas").asText("0"));
        if (original.has("max_result_window")) {
            settings.put("max_result_window", original.path("max_result_window").asText());
        }
        create.set("mappings", index.path("mappings"));
        Http.send("PUT", engine + "/" + target, null, JSON.writeValueAsString(create)).expect(200);

        long started = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        List<Future<?>> pending = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(dumpFile, StandardCharsets.UTF_8)) {
            StringBuilder batch = new StringBuilder();
            int inBatch = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                batch.append(line).append('\n');
                if (++inBatch == BATCH * 2) {
                    pending.add(send(senders, engine + "/" + target + "/_bulk", batch.toString()));
                    batch = new StringBuilder();
                    inBatch = 0;
                    if (pending.size() > threads * 2) {
                        pending.remove(0).get();
                    }
                }
            }
            if (inBatch > 0) {
                pending.add(send(senders, engine + "/" + target + "/_bulk", batch.toString()));
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } finally {
            senders.shutdown();
        }
        Http.post(engine + "/" + target + "/_refresh", null, null).expect(200);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long indexed = JSON.readTree(Http.get(engine + "/" + target + "/_count", null).expect(200).body()).path("count")
                .asLong();
        if (indexed != documents) {
            throw new IllegalStateException("The bulk index holds " + indexed + " documents, not " + documents);
        }
        Http.send("DELETE", engine + "/" + target, null, null);
        Files.deleteIfExists(dumpFile);
        return new Result(documents, millis, documents * 1000.0 / Math.max(1, millis));
    }

    private static Future<?> send(ExecutorService senders, String url, String body) {
        return senders.submit(() -> {
            Http.Answer answer = Http.post(url, null, body).expect(200);
            if (answer.body().contains("\"errors\":true")) {
                throw new IllegalStateException(
                        "Bulk errors: " + answer.body().substring(0, Math.min(800, answer.body().length())));
            }
            return null;
        });
    }

    /** Writes every document of the index as bulk "index" lines; returns how many. */
    private static long dump(String engine, String alias, Path file) throws Exception {
        long count = 0;
        Files.createDirectories(file.getParent());
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonNode page = JSON.readTree(Http.post(engine + "/" + alias + "/_search?scroll=2m", null,
                    "{\"size\":2000,\"sort\":[\"_doc\"],\"query\":{\"match_all\":{}}}").expect(200).body());
            while (true) {
                JsonNode hits = page.path("hits").path("hits");
                if (hits.isEmpty()) {
                    break;
                }
                for (Iterator<JsonNode> it = hits.elements(); it.hasNext();) {
                    JsonNode hit = it.next();
                    ObjectNode action = JSON.createObjectNode();
                    ObjectNode meta = action.putObject("index");
                    meta.put("_id", hit.path("_id").asText());
                    if (hit.has("_routing")) {
                        meta.put("routing", hit.path("_routing").asText());
                    }
                    writer.write(JSON.writeValueAsString(action));
                    writer.write('\n');
                    writer.write(JSON.writeValueAsString(hit.path("_source")));
                    writer.write('\n');
                    count++;
                }
                String scrollId = page.path("_scroll_id").asText();
                page = JSON.readTree(Http.post(engine + "/_search/scroll", null,
                        JSON.writeValueAsString(Map.of("scroll", "2m", "scroll_id", scrollId))).expect(200).body());
            }
        }
        return count;
    }
}
