package io.github.clusterfolio.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One status line on a terminal's standard error while rendering runs long: the formats still rendering,
 * how many are done, how many files are written, the time taken and the latest file. Redrawn in place a few times a second
 * and erased at the end, so that it never mixes with the summary; runs shorter than 0.4 s show nothing.
 */
final class StatusLine implements Progress {
    private static final long SHOW_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(400);
    private static final long REDRAW_MILLIS = 150;

    private final PrintWriter err;
    private final int width;
    private final int formats;
    private final Set<String> running;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private int formatsDone;
    private int files;
    private String latest = "";
    private boolean drawn;
    private boolean closed;

    StatusLine(PrintWriter err, List<String> formats, int width) {
        this.err = err;
        this.width = Math.max(width, 20);
        this.formats = formats.size();
        this.running = new LinkedHashSet<>(formats);
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "clusterfolio-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::draw, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void written(String format, String path) {
        files++;
        latest = format + "/" + path;
    }

    @Override
    public synchronized void finished(String format) {
        formatsDone++;
        running.remove(format);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        ticker.shutdownNow();
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    private synchronized void draw() {
        long elapsed = System.nanoTime() - start;
        if (closed || elapsed < SHOW_AFTER_NANOS) {
            return;
        }
        String line = String.format(Locale.ROOT, "rendering %s (%d of %d formats done), %s, %.1f s: %s",
                String.join(", ", running), formatsDone, formats, ValidateCommand.count(files, "file"), elapsed / 1e9,
                latest);
        if (line.length() > width - 1) {
            line = line.substring(0, width - 4) + "...";
        }
        err.print("\r" + line + "\033[K");
        err.flush();
        drawn = true;
    }
}
