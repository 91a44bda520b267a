package io.github.clusterfolio.cli;

import io.github.clusterfolio.render.OutputSink;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where one renderer writes during a render: its staging folder. Reports each file to the progress line,
 * refuses a file written twice, stops accepting files once the render is stopped, hands each file it closes
 * to the {@linkplain DiskSync.Background disk syncer}, and closes what a renderer forgot to close.
 */
final class StagingSink implements OutputSink {
    private final String format;
    private final Path folder;
    private final DiskSync.Background disk;
    private final Set<Path> folders = new HashSet<>();
    private final Progress progress;
    private final AtomicBoolean stopped;
    private final Set<String> paths;
    // Only the streams still open: a closed stream's buffer must not stay reachable, or a render of
    // 20,000 files would hold 20,000 buffers.
    private final Set<OutputStream> open = new LinkedHashSet<>();

    StagingSink(String format, Path folder, Progress progress, AtomicBoolean stopped, DiskSync.Background disk) {
        this(format, folder, progress, stopped, disk, new HashSet<>());
    }

    /**
     * A sink that shares {@code paths}, the paths written so far, with the other sinks of its format: the
     * tasks that render one format's languages at once refuse a path written twice across them.
     */
    StagingSink(String format, Path folder, Progress progress, AtomicBoolean stopped, DiskSync.Background disk,
            Set<String> paths) {
        this.format = format;
        this.folder = folder;
        this.progress = progress;
        this.stopped = stopped;
        this.disk = disk;
        this.paths = paths;
    }

    @Override
    public synchronized OutputStream open(String path) throws IOException {
        if (stopped.get()) {
            throw new IOException("rendering was stopped");
        }
        if (!paths.add(path)) {
            throw new IOException("the " + format + " renderer wrote " + path + " twice");
        }
        OutputStream stream = new FilterOutputStream(new BufferedOutputStream(create(path), 1 << 16)) {
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

    /**
     * A new file at {@code path} below the staging folder, whose channel goes to the disk syncer when the stream
     * is closed: forced to the disk in the background, while the renderer goes on.
     */
    private OutputStream create(String path) throws IOException {
        if (!OutputPaths.staysInside(path)) {
            throw new IllegalArgumentException("output path '" + path
                    + "' must be relative, with no empty, '.' or '..' segment, backslash or NUL");
        }
        Path file = folder.resolve(path);
        if (folders.add(file.getParent())) {
            Files.createDirectories(file.getParent());
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (closed) {
                    // Bytes after the hand-over could reach the file after it was forced to the disk.
                    throw new IOException(path + " was closed");
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    disk.forceAndClose(file, channel);
                }
            }
        };
    }

    /** A render that was stopped writes no more bytes, so that its staging folder can be removed. */
    private void checkRunning() throws IOException {
        if (stopped.get()) {
            throw new IOException("rendering was stopped");
        }
    }

    /** Closes every stream the renderer left open, so that its bytes reach the file; all of them, even when one fails. */
    synchronized void closeLeftOpen() throws IOException {
        IOException first = null;
        for (OutputStream stream : List.copyOf(open)) {
            try {
                stream.close();
            } catch (IOException failed) {
                if (first == null) {
                    first = failed;
                } else {
                    first.addSuppressed(failed);
                }
            }
        }
        if (first != null) {
            throw first;
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
