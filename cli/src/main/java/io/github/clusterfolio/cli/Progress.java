package io.github.clusterfolio.cli;

import java.io.PrintWriter;
import java.util.List;

/** What a render reports while it runs; shown as a status line on a terminal, nothing otherwise. */
interface Progress extends AutoCloseable {
    /** A renderer opened a file. */
    void written(String format, String path);

    /** A renderer finished. */
    void finished(String format);

    /** Rendering is over: stop showing progress. */
    @Override
    void close();

    /** Shows nothing. */
    static Progress none() {
        return new Progress() {
            @Override
            public void written(String format, String path) {}

            @Override
            public void finished(String format) {}

            @Override
            public void close() {}
        };
    }

    /**
     * A status line on {@code err} while {@code formats} render.
     *
     * @param width the terminal's width in columns; the line is cut to fit
     */
    static Progress statusLine(PrintWriter err, List<String> formats, int width) {
        return new StatusLine(err, formats, width);
    }
}
