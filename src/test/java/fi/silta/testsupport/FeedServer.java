package fi.silta.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A feed server on the loopback interface, for import tests: serves documents that a test sets and changes,
 * counts requests, and can hold a response back until the test releases it.
 */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, String> hosts = new ConcurrentHashMap<>();
    private volatile CountDownLatch hold;

    private record Document(int status, String contentType, byte[] body, String location) {
    }

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    public static FeedServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FeedServer feeds = new FeedServer(server);
            server.createContext("/", feeds::handle);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "feed-server");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return feeds;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the feed server", e);
        }
    }

    /** The address of a path on this server, e.g. {@code url("/parish.ics")} or {@code url("/events/?page=2")}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public FeedServer serve(String path, String contentType, String body) {
        documents.put(path, new Document(200, contentType, body.getBytes(StandardCharsets.UTF_8), null));
        return this;
    }

    public FeedServer serve(String path, String contentType, byte[] body) {
        documents.put(path, new Document(200, contentType, body.clone(), null));
        return this;
    }

    public FeedServer fail(String path, int status) {
        documents.put(path, new Document(status, "text/plain", "error".getBytes(StandardCharsets.UTF_8), null));
        return this;
    }

    public FeedServer redirect(String path, String location) {
        documents.put(path, new Document(302, "text/plain", new byte[0], location));
        return this;
    }

    /** Holds every response back until {@link #release()}. */
    public void hold() {
        hold = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch latch = hold;
        hold = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    /** The Host header of the latest request for the path, or null before the first. */
    public String host(String path) {
        return hosts.get(path);
    }

    public int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host != null) {
                hosts.put(path, host);
            }
            CountDownLatch latch = hold;
            if (latch != null) {
                try {
                    latch.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            // A document set for the path with its query (one page of a paged feed) before the path alone.
            Document document = query == null ? null : documents.get(path + "?" + query);
            if (document == null) {
                document = documents.get(path);
            }
            if (document == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", document.contentType());
            if (document.location() != null) {
                exchange.getResponseHeaders().add("Location", document.location());
            }
            exchange.sendResponseHeaders(document.status(), document.body().length == 0 ? -1 : document.body().length);
            if (document.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(document.body());
                }
            }
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
