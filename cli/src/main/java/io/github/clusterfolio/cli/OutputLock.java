package io.github.clusterfolio.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.NullUnmarked;

/**
 * The lock that lets one run at a time change an output folder: the operating system's lock on the file
 * {@code OUT/}{@value #FILE_NAME}. A second run <em>waits</em> for the first to finish, after saying so once;
 * the kernel releases the lock when a process dies, so a killed run never blocks the next one.
 *
 * <p>The file exists only while a run holds it: the holder deletes it before releasing. A run that was
 * waiting then holds a lock on a file that no longer has that name, so after locking, each run checks that
 * the name still refers to the file it locked (the same file key, by {@code stat}: the locked file is open,
 * so no other file can have its key meanwhile); otherwise it tries again. The file is never opened a second
 * time while locked: on POSIX systems, closing any descriptor of a file releases the process's locks on it.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class OutputLock implements AutoCloseable {
    /** The lock file's name inside the output folder; starts like every temporary name of clusterfolio. */
    static final String FILE_NAME = StagedOutput.TEMP_PREFIX + "lock";

    private static final long POLL_MILLIS = 50;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the output folder {@code folder}, which must exist, waiting as long as another run holds it.
     *
     * @param waiting told once, with the holder's description (such as {@code pid 1234}), when this run has to wait
     * @throws IOException when the lock file cannot be created or locked, or the wait is interrupted
     */
    static OutputLock acquire(Path folder, Consumer<String> waiting) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        boolean told = false;
        while (true) {
            Object before = key(file);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException folderRemoved) {
                // A run that had created the folder failed and removed it again while this one waited.
                Files.createDirectories(folder);
                continue;
            }
            try {
                Object opened = key(file);
                if (opened == null || (before != null && !before.equals(opened))) {
                    channel.close();
                    continue;
                }
                FileLock lock = tryLock(channel);
                while (lock == null) {
                    if (!told) {
                        waiting.accept(holder(channel));
                        told = true;
                    }
                    sleep();
                    lock = tryLock(channel);
                }
                if (opened.equals(key(file))) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(pid), 0);
                    return new OutputLock(file, channel, lock);
                }
                // The holder before deleted the file while this run waited on it: lock the one the name has now.
                lock.release();
                channel.close();
            } catch (IOException | RuntimeException failure) {
                channel.close();
                throw failure;
            }
        }
    }

    /** Deletes the lock file and releases the lock: the next run may start. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** The file key (device and inode) the name refers to, without opening it; null when there is no such file. */
    private static Object key(Path file) throws IOException {
        try {
            return Objects.requireNonNullElse(Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey(), file);
        } catch (NoSuchFileException none) {
            return null;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    /** Who holds the lock, as far as the lock file says: {@code pid 1234}, or {@code another process}. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String content = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return !content.isEmpty() && content.chars().allMatch(Character::isDigit) ? "pid " + content
                    : "another process";
        } catch (IOException | RuntimeException unreadable) {
            return "another process";
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the output folder's lock", interrupted);
        }
    }
}
