package fi.silta.importers;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fetches feeds over http(s) or from allowed files, defensively: every address (and every redirect target)
 * passes the {@link AddressGuard}, redirects are followed by hand up to a limit, the body may not exceed the
 * size limit, and connecting and reading are bounded in time.
 */
@ApplicationScoped
public class FeedFetcher {

    private final AddressGuard guard;
    private final ImportersConfig config;
    private final HttpClient client;

    FeedFetcher(AddressGuard guard, ImportersConfig config) {
        this.guard = guard;
        this.config = config;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                // Redirects are followed by hand, so that each target is checked before it is fetched.
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @PreDestroy
    void close() {
        client.shutdownNow();
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
            guard.checkHttp(current);
            HttpResponse<byte[]> response = send(current, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FeedException(AddressGuard.describe(current) + " answered " + status
                            + " without a Location");
                }
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FeedException(AddressGuard.describe(current) + " redirected to an invalid address");
                }
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new FeedException(AddressGuard.describe(current) + " answered HTTP " + status);
            }
            return new FetchedFeed(current, response.body(),
                    response.headers().firstValue("Content-Type").orElse(null));
        }
        throw new FeedException("More than " + config.maxRedirects() + " redirects from " + AddressGuard.describe(uri));
    }

    private HttpResponse<byte[]> send(URI uri, Instant deadline) throws FeedException {
        Duration remaining = Duration.between(Instant.now(), deadline);
        Duration timeout = remaining.compareTo(config.readTimeout()) < 0 ? remaining : config.readTimeout();
        if (timeout.isNegative() || timeout.isZero()) {
            throw new FeedException("The feed's time limit was reached");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", config.userAgent())
                .header("Accept", "*/*")
                .GET()
                .build();
        long limit = config.maxFeedSize().asLongValue();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request,
                info -> info.headers().firstValueAsLong("Content-Length").orElse(-1) > limit
                        ? new LimitedBody(0)
                        : new LimitedBody(limit));
        try {
            // The request timeout covers the headers only; this bounds the body too.
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FeedException(AddressGuard.describe(uri) + " did not answer in full within "
                    + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedException("Interrupted while reading " + AddressGuard.describe(uri));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLargeException) {
                throw new FeedException(AddressGuard.describe(uri) + " sent more than "
                        + config.maxFeedSize().asLongValue() / 1024 + " KiB, the feed size limit");
            }
            if (cause instanceof HttpTimeoutException) {
                throw new FeedException(AddressGuard.describe(uri) + " did not answer within " + timeout.toSeconds()
                        + " s");
            }
            if (cause instanceof ConnectException) {
                throw new FeedException("Cannot connect to " + AddressGuard.describe(uri));
            }
            throw new FeedException("Cannot read " + AddressGuard.describe(uri) + ": "
                    + (cause == null ? "unknown error" : cause.getClass().getSimpleName()));
        }
    }

    private FetchedFeed readFile(URI uri) throws FeedException {
        Path path = guard.checkFile(uri);
        try {
            if (!Files.isRegularFile(path)) {
                throw new FeedException("Not a file: " + uri);
            }
            if (Files.size(path) > config.maxFeedSize().asLongValue()) {
                throw new FeedException(uri + " is larger than the feed size limit");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return new FetchedFeed(uri, in.readNBytes((int) config.maxFeedSize().asLongValue()), null);
            }
        } catch (IOException e) {
            throw new FeedException("Cannot read " + uri);
        }
    }

    /** Thrown inside the body subscriber when the size limit is passed. */
    private static final class TooLargeException extends IOException {
        TooLargeException() {
            super("too large", null);
        }
    }

    /** Collects the body and gives up as soon as it passes the limit, instead of buffering a huge feed. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final List<ByteBuffer> buffers = new ArrayList<>();
        private long received;
        private Flow.Subscription subscription;

        LimitedBody(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (limit <= 0) {
                subscription.cancel();
                result.completeExceptionally(new TooLargeException());
                return;
            }
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                received += item.remaining();
                buffers.add(item);
            }
            if (received > limit) {
                subscription.cancel();
                buffers.clear();
                result.completeExceptionally(new TooLargeException());
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            if (result.isDone()) {
                return;
            }
            byte[] body = new byte[(int) received];
            int offset = 0;
            for (ByteBuffer buffer : buffers) {
                int length = buffer.remaining();
                buffer.get(body, offset, length);
                offset += length;
            }
            result.complete(body);
        }
    }
}
