package org.factlint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs one task per file on a fixed pool and returns the outcomes in the order the files were named. */
final class BatchRunner {
    private BatchRunner() {}

    static <T> List<T> run(List<String> files, int jobs, Function<String, T> task) throws InterruptedException {
        if (jobs <= 1 || files.size() <= 1) {
            List<T> outcomes = new ArrayList<>();
            for (String file : files) outcomes.add(task.apply(file));
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, files.size()), runnable -> {
            Thread thread = new Thread(runnable, "factlint-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (String file : files) futures.add(pool.submit(() -> task.apply(file)));
            List<T> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) throw runtime;
                    if (cause instanceof Error error) throw error;
                    throw new IllegalStateException(cause);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
