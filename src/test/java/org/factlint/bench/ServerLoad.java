package org.factlint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark, not a test: {@code factlint serve} under load on loopback. Starts the server as its
 * own process (so its memory is its own), warms it up, then has N clients post ~1,000-word articles
 * to /api/check for a fixed time, each waiting for its answer before sending the next (closed loop),
 * or, with --rate, at a fixed total rate (open loop; latency counted from the planned send time, so
 * a stalled server cannot hide its queue).
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:target/lib/*" org.factlint.bench.ServerLoad \
 *      [--clients 16] [--seconds 30] [--warmup 15] [--rate R] [--jvm "-Xmx512m ..."]
 * </pre>
 * Run from the project root (the server reads rules/ from there).
 */
public final class ServerLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "15"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
        List<String> jvm = options.containsKey("jvm") ? Arrays.asList(options.get("jvm").trim().split("\\s+")) : List.of();

        List<String> bodies = articles();
        Process server = startServer(jvm);
        try {
            URI check = readAddress(server).resolve("/api/check");
            MemoryWatch memory = MemoryWatch.start(server.pid());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(java.util.concurrent.Executors.newFixedThreadPool(4)).build();
            System.out.printf("%d articles of %s words; %d clients; warm-up %d s, then %d s %s%n", bodies.size(),
                    bodies.stream().map(b -> String.valueOf(words(b))).toList(), clients, warmup, seconds,
                    rate > 0 ? "at " + rate + " requests/s" : "closed loop");
            run(http, check, bodies, clients, warmup, 0);
            long rssAfterWarmup = memory.current();
            String loadBefore = loadAverage();
            Duration cpuBefore = cpuTime(server);
            Result result = run(http, check, bodies, clients, seconds, rate);
            Duration serverCpu = cpuTime(server).minus(cpuBefore);
            result.print(seconds);
            // CPU time per check is what the machine's other load cannot inflate much: it bounds capacity.
            int cores = Runtime.getRuntime().availableProcessors();
            double cpuPerCheck = serverCpu.toNanos() / 1e6 / Math.max(1, result.latencies.size());
            System.out.printf("server CPU: %.1f ms per check, so at most %.0f checks/s on %d idle cores%n", cpuPerCheck,
                    cores * 1000 / cpuPerCheck, cores);
            System.out.printf("load average before: %s, after: %s%n", loadBefore, loadAverage());
            System.out.printf("server RSS: %d MB after warm-up, %d MB peak during the run (VmHWM since start: %d MB)%n",
                    rssAfterWarmup >> 10, memory.peak() >> 10, MemoryWatch.read(server.pid(), "VmHWM") >> 10);
            memory.stop();
        } finally {
            server.destroy();
            server.waitFor();
        }
        System.exit(0);
    }

    /** User plus system CPU time of the server process, from /proc (zero elsewhere). */
    private static Duration cpuTime(Process server) {
        return server.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static Process startServer(List<String> jvmFlags) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-Dfactlint.home=" + Path.of("").toAbsolutePath());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.factlint.cli.Main", "serve", "--port", "0"));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The server's first line is "factlint: serving on http://127.0.0.1:PORT/". */
    private static URI readAddress(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.contains("http://")) throw new IllegalStateException("server did not start: " + line);
        return URI.create(line.substring(line.indexOf("http://")).trim());
    }

    /** Four ~1,000-word Markdown articles built from the two seeds, with different dates. */
    static List<String> articles() throws Exception {
        String markdown = Files.readString(Path.of("seeds/putin-minerals-offer.md"));
        String body = markdown.substring(markdown.indexOf("\n---", 3) + 4).strip();
        String wire = Files.readString(Path.of("seeds/000_5515f5423b4ad810.txt")).strip();
        String text = body + "\n\n" + wire + "\n\n" + body;
        String[] words = text.split(" ");
        String thousand = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 1000)));
        List<String> bodies = new ArrayList<>();
        for (String date : List.of("2025-02-25", "2025-03-10", "2024-11-05", "2025-06-30")) {
            String article = "---\ntitle: \"Load test\"\ndate: " + date + "\n---\n" + thousand + "\n";
            bodies.add(JSON.createObjectNode().put("text", article).put("format", "md").toString());
        }
        return bodies;
    }

    private static int words(String body) {
        try {
            return JSON.readTree(body).get("text").asText().split("\\s+").length;
        } catch (Exception e) {
            return -1;
        }
    }

    private static Result run(HttpClient http, URI uri, List<String> bodies, int clients, int seconds, double rate)
            throws InterruptedException {
        Result result = new Result();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (long k = 0; ; k++) {
                    long planned = rate > 0 ? start + (long) ((k * clients + client) * 1e9 / rate) : System.nanoTime();
                    if (planned >= end) break;
                    sleepUntil(planned);
                    String body = bodies.get((int) ((k + client) % bodies.size()));
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        result.record(response.statusCode(), System.nanoTime() - planned,
                                response.statusCode() == 200 && !response.body().contains("\"findings\""));
                    } catch (Exception e) {
                        result.lost.incrementAndGet();
                    }
                    if (rate <= 0 && System.nanoTime() >= end) break;
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) thread.join();
        result.elapsedNanos = System.nanoTime() - start;
        return result;
    }

    private static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --name value: " + args[i]);
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    /** Latencies of answered requests, counts by status, and answers that were not a check result. */
    static final class Result {
        final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final AtomicInteger lost = new AtomicInteger();
        final AtomicInteger malformed = new AtomicInteger();
        long elapsedNanos;

        void record(int status, long nanos, boolean notACheckResult) {
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (notACheckResult) malformed.incrementAndGet();
            if (status == 200) latencies.add(nanos);
        }

        void print(int seconds) {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            int ok = sorted.length;
            int failed = statuses.entrySet().stream().filter(e -> e.getKey() != 200).mapToInt(e -> e.getValue().get()).sum();
            System.out.printf("%d checks in %.1f s: %.1f checks/s%n", ok, elapsedNanos / 1e9, ok / (elapsedNanos / 1e9));
            System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", percentile(sorted, 50),
                    percentile(sorted, 90), percentile(sorted, 99), ok == 0 ? 0 : sorted[ok - 1] / 1e6);
            System.out.printf("statuses %s; non-200: %d; lost (no response): %d; 200 without findings: %d%n",
                    new TreeMap<>(statuses), failed, lost.get(), malformed.get());
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) return 0;
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }
    }

    /** Polls the server's resident set size from /proc (Linux), keeping the peak. */
    private static final class MemoryWatch {
        private final long pid;
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        private MemoryWatch(long pid) {
            this.pid = pid;
        }

        static MemoryWatch start(long pid) {
            MemoryWatch watch = new MemoryWatch(pid);
            Thread thread = new Thread(() -> {
                while (watch.running) {
                    watch.peak.accumulateAndGet(watch.current(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
            return watch;
        }

        long current() {
            return read(pid, "VmRSS");
        }

        long peak() {
            return peak.get();
        }

        void stop() {
            running = false;
        }

        /** A "kB" field of /proc/PID/status, in kB; 0 where there is no /proc. */
        static long read(long pid, String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("\\D", ""));
                }
            } catch (Exception e) {
                // not Linux, or the process is gone
            }
            return 0;
        }
    }
}
