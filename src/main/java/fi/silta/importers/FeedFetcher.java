package fi.silta.importers;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.TrustOptions;

/**
 * Fetches feeds over http(s) or from allowed files, defensively: every address (and every redirect target)
 * passes the {@link AddressGuard}, and the connection goes to the very address the guard checked, with the
 * host's name in the Host header and as the TLS server name (so certificates are verified against the name).
 * Redirects are followed by hand up to a limit, the body may not exceed the size limit, and connecting and
 * reading are bounded in time.
 */
@ApplicationScoped
public class FeedFetcher {

    private final AddressGuard guard;
    private final ImportersConfig config;
    private final HttpClient client;

    @Inject
    FeedFetcher(AddressGuard guard, ImportersConfig config, Vertx vertx) {
        this(guard, config, vertx, null);
    }

    /** @param trust certificates to trust instead of the JVM's; for tests with their own certificate */
    FeedFetcher(AddressGuard guard, ImportersConfig config, Vertx vertx, TrustOptions trust) {
        this.guard = guard;
        this.config = config;
        HttpClientOptions options = new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                // The name, not the address connected to, is the TLS server name and what the certificate must
                // match.
                .setForceSni(true)
                .setVerifyHost(true)
                // Compressed bodies are not asked for, so a small response cannot unpack into a huge one.
                .setDecompressionSupported(false)
                .setTryUseCompression(false)
                .setKeepAlive(true)
                .setKeepAliveTimeout(10)
                .setMaxPoolSize(4);
        if (trust != null) {
            options.setTrustOptions(trust);
        }
        this.client = vertx.createHttpClient(options);
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /**
     * @param deadline the feed's overall time limit; no request outlives it
     * @throws FeedException when the address is refused, unreachable, answers with an error, is too large or
     *         too slow
     */
    public FetchedFeed fetch(URI uri, Instant deadline) throws FeedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            return readFile(uri);
        }
        URI current = uri;
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            if (hop > 0 && !isHttp(current)) {
                throw new FeedException(AddressGuard.describe(uri) + " redirected to " + AddressGuard.describe(current)
                        + "; a feed may only redirect to http or https");
            }
            AddressGuard.Target target = guard.checkHttp(current);
            Response response = send(target, deadline);
            int status = response.status();
            if (status >= 300 && status < 400 && status != 304) {
                if (response.location() == null) {
                    throw new FeedException(AddressGuard.describe(current) + " answered " + status
                            + " without a Location");
                }
                try {
                    current = current.resolve(response.location().strip());
                } catch (IllegalArgumentException e) {
                    throw new FeedException(AddressGuard.describe(current) + " redirected to an invalid address");
                }
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new FeedException(AddressGuard.describe(current) + " answered HTTP " + status);
            }
            return new FetchedFeed(current, response.body(), response.contentType());
        }
        throw new FeedException("More than " + config.maxRedirects() + " redirects from " + AddressGuard.describe(uri));
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    /** One response: its status, the headers Silta reads, and the body (empty for redirects without one). */
    private record Response(int status, String location, String contentType, byte[] body) {
    }

    private Response send(AddressGuard.Target target, Instant deadline) throws FeedException {
        URI uri = target.uri();
        Duration remaining = Duration.between(Instant.now(), deadline);
        Duration timeout = remaining.compareTo(config.readTimeout()) < 0 ? remaining : config.readTimeout();
        if (timeout.isNegative() || timeout.isZero()) {
            throw new FeedException("The feed's time limit was reached");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                // Connect to the address the guard checked; the name goes into the Host header and TLS.
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(Math.min(config.connectTimeout().toMillis(), timeout.toMillis()))
                .setIdleTimeout(timeout.toMillis())
                .putHeader("User-Agent", config.userAgent())
                .putHeader("Accept", "*/*");
        long limit = config.maxFeedSize().asLongValue();
        CompletableFuture<Response> result = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        client.request(options).onComplete(requested -> {
            if (requested.failed()) {
                result.completeExceptionally(requested.cause());
                return;
            }
            HttpClientRequest request = requested.result();
            sent.set(request);
            request.response().onComplete(answered -> {
                if (answered.failed()) {
                    result.completeExceptionally(answered.cause());
                    return;
                }
                read(answered.result(), request, limit, result);
            });
            request.end();
        });
        try {
            // The idle timeout bounds each wait for bytes; this bounds the whole response.
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reset(sent.get());
            throw new FeedException(AddressGuard.describe(uri) + " did not answer in full within "
                    + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            reset(sent.get());
            Thread.currentThread().interrupt();
            throw new FeedException("Interrupted while reading " + AddressGuard.describe(uri));
        } catch (ExecutionException e) {
            reset(sent.get());
            throw failure(e.getCause(), uri, timeout);
        }
    }

    /** Collects the body and gives up as soon as it passes the limit, instead of buffering a huge feed. */
    private static void read(HttpClientResponse response, HttpClientRequest request, long limit,
            CompletableFuture<Response> result) {
        response.exceptionHandler(result::completeExceptionally);
        String declared = response.getHeader("Content-Length");
        if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > limit) {
            // Completed before the reset, which would otherwise report itself as the cause.
            result.completeExceptionally(new TooLargeException());
            request.reset();
            return;
        }
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (result.isDone()) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                result.completeExceptionally(new TooLargeException());
                request.reset();
                return;
            }
            body.appendBuffer(chunk);
        });
        response.endHandler(end -> result.complete(new Response(response.statusCode(), response.getHeader("Location"),
                response.getHeader("Content-Type"), body.getBytes())));
    }

    private static void reset(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }

    private FeedException failure(Throwable cause, URI uri, Duration timeout) {
        String address = AddressGuard.describe(uri);
        if (cause instanceof TooLargeException) {
            return new FeedException(address + " sent more than " + config.maxFeedSize().asLongValue() / 1024
                    + " KiB, the feed size limit");
        }
        if (cause instanceof TimeoutException || (cause != null && cause.getClass().getSimpleName().contains("Timeout"))) {
            return new FeedException(address + " did not answer within " + timeout.toSeconds() + " s");
        }
        if (cause instanceof ConnectException) {
            return new FeedException("Cannot connect to " + address);
        }
        Throwable root = cause;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            if (root instanceof SSLException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof SSLException) {
            return new FeedException("Cannot connect securely to " + address
                    + ": its TLS certificate is not valid for the host or not trusted");
        }
        return new FeedException("Cannot read " + address + ": "
                + (cause == null ? "unknown error" : cause.getClass().getSimpleName()));
    }

    private FetchedFeed readFile(URI uri) throws FeedException {
        Path path = guard.checkFile(uri);
        try {
            if (!Files.isRegularFile(path)) {
                throw new FeedException("Not a file: " + AddressGuard.describe(uri));
            }
            if (Files.size(path) > config.maxFeedSize().asLongValue()) {
                throw new FeedException(AddressGuard.describe(uri) + " is larger than the feed size limit");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return new FetchedFeed(uri, in.readNBytes((int) config.maxFeedSize().asLongValue()), null);
            }
        } catch (IOException e) {
            throw new FeedException("Cannot read " + AddressGuard.describe(uri));
        }
    }

    /** Ends the body early when the size limit is passed. */
    private static final class TooLargeException extends IOException {
        TooLargeException() {
            super("too large", null);
        }
    }
}
