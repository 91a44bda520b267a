package io.github.clusterfolio.cli;

import io.github.clusterfolio.cli.CommitJournal.Kind;
import io.github.clusterfolio.cli.CommitJournal.Step;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.NullUnmarked;

/**
 * An output folder that changes all at once or not at all, even when the process is killed or the power
 * fails at any instant. Opening it takes the folder's {@link OutputLock} (a second run waits), recovers what
 * killed runs left ({@link OutputRecovery}) and creates a staging folder inside it
 * ({@code OUT/.clusterfolio-tmp-<pid>-<random>/}, so on the same file system) where renderers write.
 *
 * <p>{@link #commit} plans every change ({@link CommitPlan}), forces the staged files and then the plan
 * ({@link CommitJournal}) to the disk, keeps a hard link of every file it replaces, renames each staged file
 * into place, forces the folders to the disk and marks the journal done. When anything fails — a rename,
 * the disk, a signal — {@link CommitRollback} takes the steps back; a process that dies leaves the journal
 * for the next run to do the same. Files whose content did not change are left untouched.
 */
@NullUnmarked // nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12
final class StagedOutput implements AutoCloseable {
    /** The name prefix of staging folders and the lock file. */
    static final String TEMP_PREFIX = ".clusterfolio-tmp-";
    static final String NEW = "new";
    static final String OLD = "old";
    static final String COPYING = "copying";

    private final Path out;
    private final String display;
    private final List<Path> createdFolders;
    private final Path staging;
    private final FileMover mover;
    private final OutputLock lock;
    private final DiskSync.Background disk = new DiskSync.Background();
    private CommitFaults faults = CommitFaults.fromSystemProperty();

    private volatile boolean stopRequested;
    private boolean committed;
    /** Set when a roll-back failed: the staging folder may then hold the only copy of old files. */
    private boolean keepStaging;
    private boolean closed;

    private StagedOutput(Path out, String display, List<Path> createdFolders, Path staging, FileMover mover,
            OutputLock lock) {
        this.out = out;
        this.display = display;
        this.createdFolders = createdFolders;
        this.staging = staging;
        this.mover = mover;
        this.lock = lock;
    }

    /** {@link #open(Path, String, FileMover, Consumer)} with atomic renames, telling nobody about waits. */
    static StagedOutput open(Path out, String display) throws OutputException {
        return open(out, display, StagedOutput::atomicMove, message -> {});
    }

    /** {@link #open(Path, String, FileMover, Consumer)}, telling nobody about waits; tests inject failing moves. */
    static StagedOutput open(Path out, String display, FileMover mover) throws OutputException {
        return open(out, display, mover, message -> {});
    }

    /**
     * Opens the output folder {@code out}, creating it when missing: waits for its lock, recovers it and
     * creates this run's staging folder.
     *
     * @param display how to name the output folder in messages: as the user typed it
     * @param mover how to rename a staged file into place
     * @param messages told, one sentence each, when this run waits for another or recovers an interrupted one
     * @throws OutputException when the folder cannot be created, locked, recovered or written
     */
    static StagedOutput open(Path out, String display, FileMover mover, Consumer<String> messages)
            throws OutputException {
        Path folder = out.toAbsolutePath().normalize();
        Path staging = folder.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-"
                + HexFormat.of().formatHex(new SecureRandom().generateSeed(4)));
        List<Path> created = new ArrayList<>();
        OutputLock lock = null;
        try {
            for (Path missing : new OutputSurvey(folder.getRoot()).missingFolders(folder)) {
                try {
                    Files.createDirectory(missing);
                    created.add(missing);
                } catch (FileAlreadyExistsException createdMeanwhile) {
                    // Another run created it at the same instant; it is not this run's to remove.
                    if (!Files.isDirectory(missing)) {
                        throw createdMeanwhile;
                    }
                }
            }
            lock = OutputRecovery.lockAndRecover(folder, display, messages);
            Files.createDirectory(staging);
            Files.createDirectory(staging.resolve(NEW));
            Files.createDirectory(staging.resolve(OLD));
        } catch (IOException | RuntimeException failure) {
            try {
                OutputPaths.deleteTree(staging);
            } catch (IOException ignored) {
                failure.addSuppressed(ignored);
            }
            release(lock, created);
            if (failure instanceof OutputException output) {
                throw output;
            }
            throw new OutputException("cannot write into the output folder " + display + ": " + Failures.describe(failure),
                    failure);
        }
        return new StagedOutput(folder, display, created, staging, mover, lock);
    }

    /**
     * Recovers the output folder {@code out} if it exists, and writes nothing else: what a run does first,
     * before it knows whether its input is valid.
     */
    static void recoverIfPresent(Path out, String display, Consumer<String> messages) throws OutputException {
        Path folder = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            return;
        }
        OutputLock lock = OutputRecovery.lockAndRecover(folder, display, messages);
        release(lock, List.of());
    }

    /** The folder a format's renderer writes into; moved to {@code OUT/<format>/} on commit. */
    Path folder(String format) {
        return staging.resolve(NEW).resolve(format);
    }

    /** Forces the staged files to the disk as the renderers close them. */
    DiskSync.Background disk() {
        return disk;
    }

    /** Replaces the fault injection, for tests that stop a commit at each of its points. */
    void faults(CommitFaults faults) {
        this.faults = faults;
    }

    /**
     * Releases the lock and nothing else, as the kernel does when the process dies: for tests that leave the
     * staging folder as a killed run would and then recover it.
     */
    void abandon() throws IOException {
        closed = true;
        lock.close();
    }

    /** The staging folder, for tests. */
    Path staging() {
        return staging;
    }

    /**
     * Moves every staged file into place, or none.
     *
     * @param formats the formats rendered; their folders are searched for files this run did not write
     * @param clean whether to remove such files (otherwise they are only listed)
     * @return what happened to each file
     * @throws OutputException when a file cannot be placed, or the run was stopped; everything done before is undone
     */
    synchronized Commit commit(Collection<String> formats, boolean clean) throws OutputException {
        checkNotStopped();
        CommitPlan plan = CommitPlan.of(out, staging.resolve(NEW), formats, clean, this::display);
        List<Step> steps = plan.steps();
        if (steps.isEmpty()) {
            committed = true;
            return plan.commit();
        }
        boolean journalWritten = false;
        String current = "";
        try {
            Set<Path> forced = disk.finish();
            DiskSync.files(steps.stream().filter(step -> step.kind() == Kind.ADD || step.kind() == Kind.REPLACE)
                    .map(step -> staging.resolve(NEW).resolve(step.path())).filter(file -> !forced.contains(file)).toList());
            DiskSync.folder(out);
            CommitJournal.write(staging, steps);
            journalWritten = true;
            faults.reached("journal", () -> stopRequested);
            backUpReplacedFiles(steps);
            Set<Path> touched = new LinkedHashSet<>();
            int changes = 0;
            for (Step step : steps) {
                checkNotStopped();
                current = step.path();
                take(step, touched);
                faults.reached("rename-" + ++changes, () -> stopRequested);
            }
            current = "";
            DiskSync.folders(touched.stream().filter(Files::isDirectory).toList());
            checkNotStopped();
            CommitJournal.markDone(staging);
            committed = true;
        } catch (IOException | RuntimeException failure) {
            String where = current.isEmpty() ? display : display(current);
            String outcome = journalWritten ? rollBack(steps, failure) : "; the output folder was left as it was";
            if (stopRequested) {
                throw new OutputException("stopped before the output was written" + outcome, failure);
            }
            throw new OutputException("could not " + verb(steps, current) + " " + where + ": "
                    + Failures.describe(failure) + outcome, failure);
        }
        // Complete: from here on nothing is rolled back.
        faults.reached("done", () -> stopRequested);
        return plan.commit();
    }

    /**
     * The run is being stopped (a signal): a commit in progress rolls back at its next step. Returns, once no
     * commit is running, whether the output was written; the caller then {@linkplain #close() closes} it.
     */
    boolean stop() {
        stopRequested = true;
        synchronized (this) {
            return committed;
        }
    }

    /** Removes the staging folder and, when nothing was written, an output folder this run created; unlocks. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        disk.abandon(); // nothing more is committed; a hung disk must not keep a stopped run alive
        try {
            if (!keepStaging) {
                OutputRecovery.removeStaging(staging);
            }
        } catch (IOException ignored) {
            // The next run removes it: it has no journal, or a journal marked done.
        }
        release(lock, committed ? List.of() : createdFolders);
    }

    /** What a path of the output is called in messages, such as {@code out/pdf/x.pdf}. */
    String display(String relativePath) {
        return display.endsWith("/") ? display + relativePath : display + "/" + relativePath;
    }

    private void checkNotStopped() throws OutputException {
        if (stopRequested) {
            throw new OutputException("stopped before the output was written");
        }
    }

    private void take(Step step, Set<Path> touched) throws IOException {
        Path target = out.resolve(step.path());
        switch (step.kind()) {
            case MKDIR -> Files.createDirectory(target);
            case ADD, REPLACE -> mover.move(staging.resolve(NEW).resolve(step.path()), target);
            case REMOVE -> {
                Path backup = staging.resolve(OLD).resolve(step.path());
                Files.createDirectories(backup.getParent());
                Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
                addFoldersUpToStaging(backup.getParent(), touched);
            }
            case RMDIR -> Files.delete(target);
        }
        touched.add(target.getParent());
    }

    /** Keeps a hard link (a copy where links are impossible) of each file to be replaced, and forces them to the disk. */
    private void backUpReplacedFiles(List<Step> steps) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (Step step : steps) {
            if (step.kind() != Kind.REPLACE) {
                continue;
            }
            Path target = out.resolve(step.path());
            Path backup = staging.resolve(OLD).resolve(step.path());
            Files.createDirectories(backup.getParent());
            try {
                Files.createLink(backup, target);
            } catch (IOException | UnsupportedOperationException noLink) {
                // Copied beside, then renamed: a backup is complete or absent, never half a file.
                Path copying = staging.resolve(COPYING).resolve(step.path());
                Files.createDirectories(copying.getParent());
                Files.copy(target, copying, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                if (!Files.isSymbolicLink(copying)) {
                    DiskSync.file(copying);
                }
                Files.move(copying, backup, StandardCopyOption.ATOMIC_MOVE);
            }
            addFoldersUpToStaging(backup.getParent(), folders);
        }
        DiskSync.folders(folders);
    }

    private void addFoldersUpToStaging(Path folder, Set<Path> folders) {
        for (Path current = folder; current != null && current.startsWith(staging); current = current.getParent()) {
            folders.add(current);
        }
    }

    private String rollBack(List<Step> steps, Throwable failure) {
        List<String> failed = CommitRollback.rollBack(out, staging, steps);
        if (failed.isEmpty()) {
            return "; the output folder was left as it was";
        }
        keepStaging = true;
        failed.forEach(problem -> failure.addSuppressed(new IOException(problem)));
        return "; restoring the output folder failed too (" + String.join("; ", failed)
                + "); the old files are kept in " + display(staging.getFileName() + "/" + OLD)
                + ", and the next run into it tries again";
    }

    private static String verb(List<Step> steps, String current) {
        return steps.stream().anyMatch(step -> step.kind() == Kind.REMOVE && step.path().equals(current)) ? "remove"
                : "write";
    }

    private static void release(OutputLock lock, List<Path> createdFolders) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // The kernel releases the lock when the process ends; a stale file does not block anyone.
            }
        }
        for (int index = createdFolders.size() - 1; index >= 0; index--) {
            try {
                Files.deleteIfExists(createdFolders.get(index));
            } catch (IOException notEmptyOrGone) {
                return;
            }
        }
    }

    /** Renames {@code source} to {@code target} in one step, replacing it; the same file system is required. */
    static void atomicMove(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherFileSystem) {
            throw new OutputException(target + " lies on another file system than the output folder (a mount point"
                    + " inside it); clusterfolio replaces files only by renaming them on one file system", otherFileSystem);
        }
    }

    /** Moves a file into place; replaceable so that tests can make a move fail. */
    @FunctionalInterface
    interface FileMover {
        /** Renames {@code source} to {@code target}, replacing it, in one step. */
        void move(Path source, Path target) throws IOException;
    }

    /** What a commit did. */
    enum Change {
        /** The file did not exist before. */
        NEW,
        /** The file existed with other content and was replaced. */
        CHANGED,
        /** The file existed with the same content and was left untouched. */
        UNCHANGED
    }

    /**
     * One file of the output.
     *
     * @param path relative to the output folder, such as {@code pdf/x-de.pdf}
     * @param size in bytes
     * @param change what happened to it
     */
    record Placed(String path, long size, Change change) {}

    /**
     * What a commit did.
     *
     * @param placed every file this run wrote, sorted by path
     * @param leftOver files in the formats' folders that this run did not write and left in place
     * @param removed such files that {@code clean} removed
     */
    record Commit(List<Placed> placed, List<String> leftOver, List<String> removed) {}
}
