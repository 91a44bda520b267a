package io.github.clusterfolio.loader.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.NullUnmarked;

/**
 * A file read as a stream, with what is needed to tell afterwards whether it changed while it was being
 * read: its size and modification time before and after, and how many bytes the stream gave. A file an
 * editor or a build step shortens or rewrites under the reader would otherwise validate with only part
 * of its data.
 *
 * <p>What it cannot see: a rewrite to the same size within the file system's timestamp resolution (on
 * Linux file systems nanoseconds; on some others two seconds).
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
public final class WatchedFile implements AutoCloseable {
    private final Path file;
    private final long sizeBefore;
    private final FileTime modifiedBefore;
    private final CountingStream stream;

    private WatchedFile(Path file, BasicFileAttributes before, InputStream in, Runnable afterFirstRead) {
        this.file = file;
        this.sizeBefore = before.size();
        this.modifiedBefore = before.lastModifiedTime();
        this.stream = new CountingStream(in, afterFirstRead);
    }

    /** Opens {@code file} for reading. */
    public static WatchedFile open(Path file) throws IOException {
        return open(file, () -> {});
    }

    /**
     * Opens {@code file}; {@code afterFirstRead} runs once, after the first bytes were read (a seam for tests
     * that change the file at that instant).
     */
    public static WatchedFile open(Path file, Runnable afterFirstRead) throws IOException {
        Objects.requireNonNull(afterFirstRead, "afterFirstRead");
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        InputStream in = Files.newInputStream(file);
        return new WatchedFile(file, before, in, afterFirstRead);
    }

    /** The file's bytes; read them once. */
    public InputStream stream() {
        return stream;
    }

    /**
     * Why the data read is not the file's content, or {@code null} when it is: the file was shortened,
     * grew, was rewritten or was removed while it was read. Call after reading.
     */
    public String change() {
        BasicFileAttributes after;
        try {
            after = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException gone) {
            return "the file was removed while it was being read; nothing of it was used";
        } catch (IOException e) {
            return "the file could not be checked after reading (" + FileProblems.reason(e) + "); nothing of it"
                    + " was used";
        }
        String again = "; nothing of it was used — read it again once it is completely written";
        if (stream.ended && stream.count < sizeBefore) {
            return String.format(Locale.ROOT, "the file ended after %,d of its %,d bytes: it was shortened while"
                    + " it was being read%s", stream.count, sizeBefore, again);
        }
        if (after.size() != sizeBefore) {
            return String.format(Locale.ROOT, "the file changed while it was being read: its size went from %,d to"
                    + " %,d bytes%s", sizeBefore, after.size(), again);
        }
        if (stream.ended && stream.count != sizeBefore) {
            return String.format(Locale.ROOT, "the file changed while it was being read: %,d bytes were read"
                    + " from a file of %,d%s", stream.count, sizeBefore, again);
        }
        if (!after.lastModifiedTime().equals(modifiedBefore)) {
            return "the file changed while it was being read: it was modified at " + after.lastModifiedTime()
                    + ", after reading had started" + again;
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }

    /** Counts the bytes read and notes the end of the stream. */
    private static final class CountingStream extends FilterInputStream {
        private final Runnable afterFirstRead;
        private boolean firstReadDone;
        private long count;
        private boolean ended;

        CountingStream(InputStream in, Runnable afterFirstRead) {
            super(in);
            this.afterFirstRead = afterFirstRead;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            counted(read);
            return read;
        }

        private void counted(int read) {
            if (read < 0) {
                ended = true;
                return;
            }
            count += read;
            if (!firstReadDone && read > 0) {
                firstReadDone = true;
                afterFirstRead.run();
            }
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
