package io.github.clusterfolio.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Forces files and folders to the disk (fsync), so that a power loss cannot undo a step the commit
 * protocol relies on. Files are forced by several threads at once: on an ordinary disk one fsync takes a
 * few milliseconds, and the journal of the file system lets concurrent ones share a write.
 */
final class DiskSync {
    private static final int THREADS = 16;

    private DiskSync() {}

    /** Forces the content of every file to the disk. */
    static void files(Collection<Path> files) throws IOException {
        if (files.size() < 8) {
            for (Path file : files) {
                file(file);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "clusterfolio-fsync");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> {
                    try {
                        file(file);
                    } catch (IOException failure) {
                        throw new UncheckedIOException(failure);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw new IOException(cause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forcing files to the disk", interrupted);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Forces files to the disk in the background as renderers finish them, so that the forcing overlaps the
     * rendering and each file is forced through the channel that wrote it, not opened a second time. At most
     * {@value #IN_FLIGHT} files wait at once; a renderer that gets ahead of the disk waits for it.
     */
    static final class Background {
        private static final int IN_FLIGHT = 64;

        private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "clusterfolio-fsync");
            thread.setDaemon(true);
            return thread;
        });
        private final Semaphore slots = new Semaphore(IN_FLIGHT);
        private final Set<Path> forced = ConcurrentHashMap.newKeySet();
        private final AtomicReference<@Nullable IOException> failure = new AtomicReference<>();

        /** Forces {@code channel}, the content of {@code file}, to the disk and closes it; the caller no longer uses it. */
        void forceAndClose(Path file, FileChannel channel) throws IOException {
            try {
                slots.acquire();
            } catch (InterruptedException interrupted) {
                channel.close();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the disk");
            }
            try {
                pool.execute(new Force(file, channel));
            } catch (RejectedExecutionException finished) {
                slots.release();
                channel.close(); // after finish(): the commit forces it with the others
            }
        }

        /**
         * Gives up on the files not forced yet, for a run that is stopped and will not commit: closes their
         * channels and waits at most a few seconds for those being forced, so that a hung disk cannot keep a
         * stopped run from ending.
         */
        void abandon() {
            for (Runnable notStarted : pool.shutdownNow()) {
                ((Force) notStarted).cancel();
            }
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Forcing one file, and then closing its channel. */
        private final class Force implements Runnable {
            private final Path file;
            private final FileChannel channel;

            Force(Path file, FileChannel channel) {
                this.file = file;
                this.channel = channel;
            }

            @Override
            public void run() {
                try (channel) {
                    channel.force(true);
                    forced.add(file);
                } catch (IOException | RuntimeException failed) {
                    failure.compareAndSet(null, failed instanceof IOException io ? io : new IOException(failed));
                } finally {
                    slots.release();
                }
            }

            void cancel() {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // Nothing of this run is committed; the file is removed with the staging folder.
                } finally {
                    slots.release();
                }
            }
        }

        /**
         * Waits for every file handed over, and takes no more.
         *
         * @return the files forced to the disk
         * @throws IOException the first failure to force a file
         */
        Set<Path> finish() throws IOException {
            pool.shutdown();
            try {
                // Each file takes milliseconds; a disk that hangs keeps the run waiting, as a direct fsync would.
                pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while forcing files to the disk");
            }
            IOException failed = failure.get();
            if (failed != null) {
                throw failed;
            }
            return Set.copyOf(forced);
        }
    }

    /** Forces one file's content to the disk. */
    static void file(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries (names created, renamed or removed in it) to the disk. Where the platform
     * cannot open a folder for this (Windows), its file system orders these steps itself, and nothing is done.
     */
    static void folder(Path folder) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException cannotOpenAFolder) {
            if (Files.isDirectory(folder)) {
                return;
            }
            throw cannotOpenAFolder instanceof IOException io ? io : new IOException(cannotOpenAFolder);
        }
        try (channel) {
            channel.force(true);
        }
    }

    /** {@link #folder} for each folder, each once. */
    static void folders(Collection<Path> folders) throws IOException {
        for (Path folder : new LinkedHashSet<>(folders)) {
            folder(folder);
        }
    }
}
