package org.factlint.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool checks run on, apart from Jetty's request threads: a fixed number of workers,
 * a fixed queue, and a time limit per task that counts from submission (queueing included).
 * A full queue fails fast with 429 rather than piling up work no client will wait for.
 */
final class CheckWorkers implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final Duration timeLimit;

    CheckWorkers(int workers, int queue, Duration timeLimit) {
        BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, waiting, daemonThreads(),
                new ThreadPoolExecutor.AbortPolicy());
        this.timeLimit = timeLimit;
    }

    /**
     * Runs the task on a worker. The future fails with {@link ApiException} 429 when the queue is
     * full, 503 when the time limit passes (the task is then interrupted, or dropped if still queued).
     */
    <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Future<?> running;
        try {
            running = pool.submit(() -> {
                try {
                    result.complete(task.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new ApiException(429, "too many requests: all workers busy and the queue is full", 1));
            return result;
        }
        long millis = timeLimit.toMillis();
        return result.orTimeout(millis, TimeUnit.MILLISECONDS).exceptionallyCompose(error -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof TimeoutException) {
                // Interrupts a running check (or drops a queued one) so the worker is freed when it can be.
                running.cancel(true);
                cause = new ApiException(503, "check took longer than the time limit (" + millis + " ms)", 1);
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "factlint-check-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
