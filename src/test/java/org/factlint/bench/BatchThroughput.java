package org.factlint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Stream;
import org.factlint.Factlint;
import org.factlint.ingest.DocumentReader;
import org.factlint.ingest.SourceDocument;
import org.factlint.report.FileResult;

/**
 * Benchmark, not a test: warm throughput of check and claims over a folder of drafts, in one
 * process, on one thread and on all cores. One untimed pass warms the JIT first.
 * Run: java -cp "target/classes:target/test-classes:target/lib/*" org.factlint.bench.BatchThroughput FOLDER
 */
public final class BatchThroughput {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        List<SourceDocument> documents = new ArrayList<>();
        long bytes = 0;
        DocumentReader reader = new DocumentReader();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                SourceDocument document = reader.read(file);
                documents.add(document);
                bytes += Files.size(file);
            }
        }
        Factlint factlint = Factlint.builder().ruleFolder(Path.of("rules")).build();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("%d files, %.2f MB, %d cores%n", documents.size(), bytes / 1e6, cores);
        run("warm-up (check, all cores)", documents, bytes, cores, factlint::check);
        for (String mode : List.of("claims", "check")) {
            Function<SourceDocument, FileResult> task = mode.equals("check") ? factlint::check : factlint::claims;
            run(mode + ", 1 thread", documents, bytes, 1, task);
            run(mode + ", " + cores + " threads", documents, bytes, cores, task);
        }
    }

    private static void run(String label, List<SourceDocument> documents, long bytes, int threads,
                            Function<SourceDocument, FileResult> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<FileResult>> results = new ArrayList<>();
        LongAdder cpuNanos = new LongAdder();
        for (SourceDocument document : documents) {
            results.add(pool.submit(() -> {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                FileResult result = task.apply(document);
                cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
                return result;
            }));
        }
        int findings = 0;
        for (Future<FileResult> result : results) findings += result.get().findings().size();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        // CPU seconds of the work itself: steadier than wall time on a machine shared with other jobs
        System.out.printf("%-28s %6.2f s  %7.0f KB/s  %6.0f files/s  cpu %6.2f s (%5.0f KB per cpu s)  (%d findings)%n",
                label, seconds, bytes / 1e3 / seconds, documents.size() / seconds, cpuNanos.sum() / 1e9,
                bytes / 1e3 / (cpuNanos.sum() / 1e9), findings);
    }
}
