package io.github.clusterfolio.cli;

import io.github.clusterfolio.render.OutputSink;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where one renderer writes during a render: its staging folder. Reports each file to the progress line,
 * refuses a file written twice, stops accepting files once the render is stopped, and closes what a
 * renderer forgot to close.
 */
final class StagingSink implements OutputSink {
    private final String format;
    private final OutputSink folder;
    private final Progress progress;
    private final AtomicBoolean stopped;
    private final Set<String> paths = new HashSet<>();
    // Only the streams still open: a closed stream's buffer must not stay reachable, or a render of
    // 20,000 files would hold 20,000 buffers.
    private final Set<OutputStream> open = new LinkedHashSet<>();

    StagingSink(String format, Path folder, Progress progress, AtomicBoolean stopped) {
        this.format = format;
        this.folder = OutputSink.directory(folder);
        this.progress = progress;
        this.stopped = stopped;
    }

    @Override
    public synchronized OutputStream open(String path) throws IOException {
        if (stopped.get()) {
            throw new IOException("rendering was stopped");
        }
        if (!paths.add(path)) {
            throw new IOException("the " + format + " renderer wrote " + path + " twice");
        }
        OutputStream stream = new FilterOutputStream(folder.open(path)) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                checkRunning();
                out.write(bytes, offset, length);
            }

            @Override
            public void write(int b) throws IOException {
                checkRunning();
                out.write(b);
            }

            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    forget(this);
                }
            }
        };
        open.add(stream);
        progress.written(format, path);
        return stream;
    }

    /** A render that was stopped writes no more bytes, so that its staging folder can be removed. */
    private void checkRunning() throws IOException {
        if (stopped.get()) {
            throw new IOException("rendering was stopped");
        }
    }

    /** Closes every stream the renderer left open, so that its bytes reach the file. */
    synchronized void closeLeftOpen() throws IOException {
        for (OutputStream stream : List.copyOf(open)) {
            stream.close();
        }
    }

    /** How many streams are open, for tests: a closed stream is not kept. */
    synchronized int openStreams() {
        return open.size();
    }

    private synchronized void forget(OutputStream stream) {
        open.remove(stream);
    }
}
