package fi.silta.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load: {@code clients} threads, each sending its next request as soon as the previous one
 * is answered, for a warm-up (not counted) and then a measured period. Latencies are kept whole and
 * sorted, so the percentiles are exact.
 */
final class Load {

    /** One client's way of sending requests; {@code call} returns normally for a good answer. */
    interface Client extends AutoCloseable {
        void call(int sequence) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    record Result(int clients, long requests, long errors, double throughput, double p50, double p95, double p99,
            double mean) {
    }

    private Load() {
    }

    static Result run(int clients, Duration warmUp, Duration measure, IntFunction<Client> clientFactory)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measure.toNanos();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int index = c;
            long[] mine = new long[4_000_000 / clients];
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                try (Client client = clientFactory.apply(index)) {
                    int sequence = index * 7919;
                    while (true) {
                        long sent = System.nanoTime();
                        if (sent >= end) {
                            break;
                        }
                        boolean ok = true;
                        try {
                            client.call(sequence++);
                        } catch (Exception e) {
                            ok = false;
                        }
                        long answered = System.nanoTime();
                        if (sent >= measureFrom) {
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                            if (counts[index] < mine.length) {
                                mine[counts[index]++] = answered - sent;
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int offset = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, offset, counts[c]);
            offset += counts[c];
        }
        Arrays.sort(all);
        double seconds = measure.toNanos() / 1e9;
        double mean = total == 0 ? 0 : Arrays.stream(all).average().orElse(0) / 1e6;
        return new Result(clients, total, errors.get(), total / seconds, percentile(all, 50), percentile(all, 95),
                percentile(all, 99), mean);
    }

    /** Milliseconds at the given percentile (nearest rank). */
    static double percentile(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
