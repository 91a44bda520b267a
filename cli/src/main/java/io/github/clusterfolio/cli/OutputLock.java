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
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The lock that lets one run at a time change an output folder: the operating system's lock on the file
 * {@code OUT/}{@value #FILE_NAME}. A second run <em>waits</em> for the first to finish, after saying so once
 * on standard error; the lock is released by the kernel when a process dies, so a killed run never blocks
 * the next one.
 *
 * <p>The file exists only while a run holds it: the holder deletes it before releasing. A run that was
 * waiting then holds a lock on a file that no longer has a name, so after locking, each run writes its own
 * token through the locked channel and reads the file back by name: only when it reads its token did it
 * lock the file that the name refers to; otherwise it tries again.
 */
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
        byte[] token = (ProcessHandle.current().pid() + " " + HexFormat.of().formatHex(new SecureRandom().generateSeed(8)))
                .getBytes(StandardCharsets.US_ASCII);
        boolean told = false;
        while (true) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock = null;
            try {
                lock = tryLock(channel);
                if (lock == null) {
                    if (!told) {
                        waiting.accept(holder(file));
                        told = true;
                    }
                    channel.close();
                    sleep();
                    continue;
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(token), 0);
                if (isNamed(file, token)) {
                    return new OutputLock(file, channel, lock);
                }
                // The holder before deleted the file while this run waited on it: lock the new one.
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

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static boolean isNamed(Path file, byte[] token) throws IOException {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(file), token);
        } catch (NoSuchFileException deleted) {
            return false;
        }
    }

    /** Who holds the lock, as far as the lock file says: {@code pid 1234}, or {@code another process}. */
    private static String holder(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.US_ASCII).strip();
            int space = content.indexOf(' ');
            return space > 0 && content.substring(0, space).chars().allMatch(Character::isDigit)
                    ? "pid " + content.substring(0, space) : "another process";
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
