package uk.gov.devon.rpassistant.evaluation;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load driver for bots over HTTP, with a local stand-in for the Bot Connector (the serviceUrl the replies go to).
 * Each simulated conversation sends message activities one after another (a person waits for the answer before
 * asking again); levels run N conversations at once. Targets are measured in turn, interleaved level by level,
 * in one run, so that their ratio means something on a machine whose absolute speed drifts. Plain JDK only, so it
 * runs as a source file: {@code java src/test/java/uk/gov/devon/rpassistant/evaluation/LoadDriver.java ...}.
 *
 * <pre>
 * LoadDriver [--levels 1,8] [--seconds 20] [--warmup 5] [--same-user] name=url [name=url ...]
 * </pre>
 * {@code --same-user}: every conversation is the same person (to see per-person rate limiting).
 */
public final class LoadDriver {

    private static final List<String> QUESTIONS = List.of(
            "what is restorative practice", "how do I book the RP training", "what is a family group conference",
            "how do I run a circle", "what are the restorative questions", "what is fair process",
            "what does working WITH families mean", "what is motivational interviewing",
            "what are affective statements", "who do I contact about MI training",
            "how does RP fit with child protection", "what is the social discipline window");

    private LoadDriver() {
    }

    record Result(String target, int conversations, int requests, int errors, double seconds, long p50, long p99,
            Map<Integer, Integer> statuses) {

        double throughput() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        // The JDK's HTTP server otherwise answers with Nagle's algorithm on, which adds some 40 ms to every reply
        // (small writes waiting for a delayed ACK): a floor that would hide what the bots themselves cost.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        List<Integer> levels = List.of(1, 8);
        int seconds = 20;
        int warmup = 5;
        boolean sameUser = false;
        Map<String, String> targets = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--levels" -> levels = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--same-user" -> sameUser = true;
                default -> targets.put(args[i].substring(0, args[i].indexOf('=')),
                        args[i].substring(args[i].indexOf('=') + 1));
            }
        }
        HttpServer connector = connector();
        String serviceUrl = "http://127.0.0.1:" + connector.getAddress().getPort() + "/";
        List<Result> results = new ArrayList<>();
        try {
            for (String target : targets.keySet()) {
                run(target, targets.get(target), 4, warmup, serviceUrl, sameUser);
            }
            for (int level : levels) {
                for (Map.Entry<String, String> target : targets.entrySet()) {
                    Result result = run(target.getKey(), target.getValue(), level, seconds, serviceUrl, sameUser);
                    results.add(result);
                    System.out.printf("%-6s %4d conversations: %7.1f answers/s, p50 %6.2f ms, p99 %7.2f ms, "
                            + "errors %d, statuses %s%n", result.target(), level, result.throughput(),
                            result.p50() / 1e6, result.p99() / 1e6, result.errors(), result.statuses());
                }
            }
        } finally {
            connector.stop(0);
        }
        if (targets.size() == 2) {
            List<String> names = new ArrayList<>(targets.keySet());
            for (int level : levels) {
                Result floor = find(results, names.get(0), level);
                Result bot = find(results, names.get(1), level);
                System.out.printf("%d conversations: %s p50 is %.2fx %s's; throughput %.2fx%n", level, names.get(1),
                        (double) bot.p50() / floor.p50(), names.get(0), bot.throughput() / floor.throughput());
            }
        }
        System.exit(0);
    }

    private static Result find(List<Result> results, String target, int level) {
        return results.stream().filter(r -> r.target().equals(target) && r.conversations() == level).findFirst()
                .orElseThrow();
    }

    private static Result run(String name, String url, int conversations, int seconds, String serviceUrl,
            boolean sameUser) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(Math.max(2, conversations))).build();
        ExecutorService pool = Executors.newFixedThreadPool(conversations);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < conversations; c++) {
            int conversation = c;
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                int n = 0;
                while (System.nanoTime() < end) {
                    String body = activity(serviceUrl, conversation, sameUser, QUESTIONS.get((conversation + n++)
                            % QUESTIONS.size()));
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - start);
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                        if (response.statusCode() >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        all.sort(Long::compare);
        long p50 = all.isEmpty() ? 0 : all.get(all.size() / 2);
        long p99 = all.isEmpty() ? 0 : all.get(Math.min(all.size() - 1, (int) (all.size() * 0.99)));
        return new Result(name, conversations, all.size(), errors.get(), elapsed, p50, p99, Map.copyOf(statuses));
    }

    private static String activity(String serviceUrl, int conversation, boolean sameUser, String text) {
        String user = sameUser ? "29:load-user" : "29:load-user-" + conversation;
        return """
                {"type":"message","id":"%s","timestamp":"2026-12-01T10:00:00.000Z","channelId":"msteams",
                 "serviceUrl":"%s","locale":"en-GB","text":"%s",
                 "from":{"id":"%s","name":"Load","aadObjectId":"aad-%s"},
                 "recipient":{"id":"28:bot","name":"Bot"},
                 "conversation":{"id":"a:load-%d","conversationType":"personal","tenantId":"tenant-1"}}
                """.formatted(java.util.UUID.randomUUID(), serviceUrl, text, user, user, conversation);
    }

    /** The Bot Connector stand-in: accepts every reply at once. */
    private static HttpServer connector() throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(16));
        byte[] reply = "{\"id\":\"reply\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        return server;
    }
}
