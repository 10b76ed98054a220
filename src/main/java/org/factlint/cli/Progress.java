package org.factlint.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on standard error ({@code [#####.....] 120/1000 files}), only when
 * standard error is a terminal and the batch is large; silent otherwise (pipes, CI logs, tests).
 */
final class Progress {
    static final int MIN_FILES = 20;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int lastDrawn = -1;

    private Progress(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    /** A bar for {@code total} files, or null when none should be shown. */
    static Progress forBatch(int total) {
        boolean terminal = System.console() != null && System.getenv("FACTLINT_NO_PROGRESS") == null;
        return terminal && total > MIN_FILES ? new Progress(System.err, total) : null;
    }

    void step() {
        int now = done.incrementAndGet();
        int filled = now * WIDTH / total;
        // Redraw when the bar grows or every 10 files, not on every file.
        if (filled != lastDrawn || now % 10 == 0 || now == total) {
            lastDrawn = filled;
            synchronized (this) {
                err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + now + "/" + total + " files");
                err.flush();
            }
        }
    }

    /** Clears the line so the report starts on a clean one. */
    synchronized void finish() {
        err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
        err.flush();
    }
}
