package io.github.clusterfolio.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An output folder that changes all at once or not at all. Renderers write into a staging folder inside
 * it ({@code OUT/.clusterfolio-tmp-<pid>-<random>/}, so on the same file system); {@link #commit} then
 * moves each file into place with an atomic rename, keeping a backup of every file it replaces. When
 * anything fails — a renderer, a move, the JVM being stopped — the moves done so far are undone, so the
 * folder holds exactly what it held before, and the staging folder is removed.
 *
 * <p>Files whose content did not change are left untouched (their modification time too), so that tools
 * that copy only changed files see only real changes. A run killed outright (SIGKILL) cannot clean up
 * after itself; the next run removes its staging folder.
 */
final class StagedOutput implements AutoCloseable {
    /** The name prefix of staging folders, and of the rare temporary file placed beside its target. */
    static final String TEMP_PREFIX = ".clusterfolio-tmp-";

    private final Path out;
    private final String display;
    private final List<Path> createdFolders;
    private final Path staging;
    private final Path fresh;
    private final Path backups;
    private final FileMover mover;
    private final Thread shutdownHook;

    /** Undo steps of the commit in progress, newest first. Guarded by {@code this}. */
    private final Deque<UndoStep> journal = new ArrayDeque<>();

    private boolean committed;
    private boolean aborted;
    /** Set when undoing failed: the staging folder then holds the only copy of some old files. */
    private boolean keepStaging;

    private StagedOutput(Path out, String display, List<Path> createdFolders, Path staging, FileMover mover) {
        this.out = out;
        this.display = display;
        this.createdFolders = createdFolders;
        this.staging = staging;
        this.fresh = staging.resolve("new");
        this.backups = staging.resolve("old");
        this.mover = mover;
        this.shutdownHook = new Thread(this::abort, "clusterfolio-output-cleanup");
    }

    /**
     * Opens the output folder {@code out} (creating it when missing), removes staging folders that earlier
     * killed runs left behind, and creates this run's staging folder.
     *
     * @param out the output folder
     * @param display how to name the output folder in messages: as the user typed it
     * @throws OutputException when the folder cannot be created or written
     */
    static StagedOutput open(Path out, String display) throws OutputException {
        return open(out, display, StagedOutput::atomicMove);
    }

    /** {@link #open(Path, String)} with the given way of moving files; tests inject failures through it. */
    static StagedOutput open(Path out, String display, FileMover mover) throws OutputException {
        Path folder = out.toAbsolutePath().normalize();
        List<Path> created = new ArrayList<>();
        String runId = ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        Path staging = folder.resolve(TEMP_PREFIX + runId);
        try {
            created.addAll(createFolders(folder));
            removeStaleStaging(folder);
            Files.createDirectory(staging);
            Files.createDirectory(staging.resolve("new"));
            Files.createDirectory(staging.resolve("old"));
        } catch (IOException | RuntimeException failure) {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                failure.addSuppressed(ignored);
            }
            deleteEmptyFolders(created);
            throw new OutputException("cannot write into the output folder " + display + ": " + Failures.describe(failure),
                    failure);
        }
        StagedOutput output = new StagedOutput(folder, display, created, staging, mover);
        try {
            Runtime.getRuntime().addShutdownHook(output.shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            output.close();
            throw new OutputException("the JVM is shutting down");
        }
        return output;
    }

    /** The folder a format's renderer writes into; moved to {@code OUT/<format>/} on commit. */
    Path folder(String format) {
        return fresh.resolve(format);
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
     * @throws OutputException when a file cannot be placed; everything done before is undone
     */
    synchronized Commit commit(Collection<String> formats, boolean clean) throws OutputException {
        if (aborted) {
            throw new OutputException("stopped before the output was written");
        }
        List<String> files = stagedFiles();
        preflight(files);
        List<Placed> placed = new ArrayList<>();
        List<String> leftOver = new ArrayList<>();
        String current = "";
        String action = "write";
        try {
            for (String file : files) {
                current = file;
                placed.add(place(file));
            }
            current = "";
            action = "remove";
            Set<String> written = new TreeSet<>(files);
            for (String format : formats) {
                for (String stale : filesUnder(format)) {
                    if (!written.contains(stale)) {
                        leftOver.add(stale);
                        if (clean) {
                            current = stale;
                            remove(stale);
                        }
                    }
                }
            }
            committed = true;
            journal.clear();
        } catch (IOException | RuntimeException failure) {
            String where = current.isEmpty() ? display : display(current);
            String outcome = undo(failure);
            throw new OutputException("could not " + action + " " + where + ": " + Failures.describe(failure) + outcome,
                    failure);
        }
        return new Commit(placed, clean ? List.of() : leftOver, clean ? leftOver : List.of());
    }

    /** Removes the staging folder and, after a failure, an output folder this run created. */
    @Override
    public synchronized void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs or has run; it cleans up itself.
        }
        cleanUp();
    }

    /** What a path of the output is called in messages, such as {@code out/pdf/x.pdf}. */
    String display(String relativePath) {
        return display.endsWith("/") ? display + relativePath : display + "/" + relativePath;
    }

    /** The JVM is stopping (Ctrl-C, SIGTERM): undo a commit in progress and remove the staging folder. */
    private synchronized void abort() {
        aborted = true;
        if (!committed) {
            undo(null);
        }
        cleanUp();
    }

    private void cleanUp() {
        try {
            if (!keepStaging) {
                deleteTree(staging);
            }
        } catch (IOException ignored) {
            // A later run removes it as stale.
        }
        if (!committed) {
            deleteEmptyFolders(createdFolders);
        }
    }

    private Placed place(String file) throws IOException {
        Path source = fresh.resolve(file);
        Path target = out.resolve(file);
        long size = Files.size(source);
        for (Path folder : createFolders(target.getParent())) {
            journal.push(new UndoStep.DeleteFolder(folder));
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isRegularFile(target) && Files.mismatch(source, target) == -1) {
                return new Placed(file, size, Change.UNCHANGED);
            }
            Path backup = backups.resolve(file);
            backUp(target, backup);
            // A rename either happens or not: only a move that happened needs undoing.
            mover.move(source, target);
            journal.push(new UndoStep.Restore(target, backup));
            return new Placed(file, size, Change.CHANGED);
        }
        mover.move(source, target);
        journal.push(new UndoStep.Delete(target));
        return new Placed(file, size, Change.NEW);
    }

    private void remove(String file) throws IOException {
        Path target = out.resolve(file);
        Path backup = backups.resolve(file);
        backUp(target, backup);
        Files.delete(target);
        journal.push(new UndoStep.Restore(target, backup));
        Path parent = target.getParent();
        Path formatRoot = out.resolve(file.substring(0, file.indexOf('/')));
        while (parent != null && parent.startsWith(formatRoot) && !parent.equals(formatRoot)) {
            try (Stream<Path> entries = Files.list(parent)) {
                if (entries.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(parent);
            journal.push(new UndoStep.Recreate(parent));
            parent = parent.getParent();
        }
    }

    /**
     * Undoes the steps of the journal, newest first; returns what to add to the failure's message: nothing
     * when the output is back as it was, otherwise where the old files are kept.
     */
    private String undo(Throwable failure) {
        List<String> failed = new ArrayList<>();
        while (!journal.isEmpty()) {
            UndoStep step = journal.peek();
            try {
                step.undo(this);
                journal.pop();
            } catch (IOException | RuntimeException undoFailure) {
                if (failure != null) {
                    failure.addSuppressed(undoFailure);
                }
                failed.add(step.describe() + ": " + Failures.describe(undoFailure));
                journal.pop();
            }
        }
        if (failed.isEmpty()) {
            return "; the output folder was left as it was";
        }
        keepStaging = true;
        return "; restoring the output folder failed too (" + String.join("; ", failed)
                + "); the old files are kept in " + display(staging.getFileName() + "/old");
    }

    /** Checks that no file is in the way of a folder and no folder in the way of a file, before moving anything. */
    private void preflight(List<String> files) throws OutputException {
        Set<Path> checkedFolders = new HashSet<>();
        for (String file : files) {
            Path target = out.resolve(file);
            for (Path folder = target.getParent(); folder != null && folder.startsWith(out) && !folder.equals(out);
                    folder = folder.getParent()) {
                if (!checkedFolders.add(folder)) {
                    break;
                }
                if (Files.exists(folder) && !Files.isDirectory(folder)) {
                    throw new OutputException("cannot write " + display(file) + ": " + display(out.relativize(folder)
                            .toString().replace('\\', '/')) + " is a file, not a folder; move it away and run again");
                }
            }
            if (Files.isDirectory(target)) {
                throw new OutputException("cannot write " + display(file) + ": a folder of that name is in the way;"
                        + " move it away and run again");
            }
        }
    }

    /** Every staged file, as a relative path with {@code /}, sorted. */
    private List<String> stagedFiles() throws OutputException {
        try {
            return regularFiles(fresh);
        } catch (IOException failure) {
            throw new OutputException("cannot read the staging folder " + display(staging.getFileName().toString()) + ": "
                    + Failures.describe(failure), failure);
        }
    }

    /** Every file under {@code OUT/<format>/}, leaving out temporary files. */
    private List<String> filesUnder(String format) throws IOException {
        Path root = out.resolve(format);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        return regularFiles(root).stream()
                .filter(file -> Stream.of(file.split("/")).noneMatch(name -> name.startsWith(TEMP_PREFIX)))
                .map(file -> format + "/" + file)
                .toList();
    }

    private static List<String> regularFiles(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                files.add(root.relativize(file).toString().replace('\\', '/'));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /** A backup of {@code target}: a hard link where the file system allows it, a copy otherwise. */
    private static void backUp(Path target, Path backup) throws IOException {
        Files.createDirectories(backup.getParent());
        try {
            Files.createLink(backup, target);
        } catch (IOException | UnsupportedOperationException noLink) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /**
     * Renames {@code source} to {@code target} atomically, replacing it. When the target lies on another file
     * system (a symbolic link or mount point inside the output folder), copies beside the target first and
     * renames there, so the target is still replaced in one step.
     */
    static void atomicMove(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherFileSystem) {
            Path beside = target.resolveSibling(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + target.getFileName());
            try {
                Files.copy(source, beside, StandardCopyOption.REPLACE_EXISTING);
                Files.move(beside, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(beside);
            }
            Files.delete(source);
        }
    }

    /** Creates {@code folder} and its missing parents; returns those created, outermost first. */
    private static List<Path> createFolders(Path folder) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path current = folder; current != null && !Files.isDirectory(current); current = current.getParent()) {
            missing.push(current);
        }
        List<Path> created = new ArrayList<>();
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            Files.createDirectory(next);
            created.add(next);
        }
        return created;
    }

    private static void deleteEmptyFolders(List<Path> created) {
        for (int index = created.size() - 1; index >= 0; index--) {
            try {
                Files.deleteIfExists(created.get(index));
            } catch (IOException notEmptyOrGone) {
                return;
            }
        }
    }

    /** Removes staging folders of earlier runs whose process is gone (killed before it could clean up). */
    private static void removeStaleStaging(Path folder) throws IOException {
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(entry -> entry.getFileName().toString().startsWith(TEMP_PREFIX))
                    .filter(entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))
                    .filter(entry -> !ownerIsRunning(entry.getFileName().toString()))
                    .forEach(stale::add);
        }
        for (Path entry : stale) {
            deleteTree(entry);
        }
    }

    /** Whether the process that named a staging folder {@code .clusterfolio-tmp-<pid>-<random>} still runs Java. */
    private static boolean ownerIsRunning(String name) {
        String rest = name.substring(TEMP_PREFIX.length());
        int dash = rest.indexOf('-');
        long pid;
        try {
            pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
        } catch (NumberFormatException noProcessNumber) {
            return false;
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(handle -> handle.info().command().map(command -> command.contains("java")).orElse(true))
                .orElse(false);
    }

    /** Deletes a folder and everything in it, without following symbolic links; nothing when it is gone. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                if (failure != null && !(failure instanceof NoSuchFileException)) {
                    throw failure;
                }
                Files.deleteIfExists(folder);
                return FileVisitResult.CONTINUE;
            }
        });
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

    /** One step of a commit, and how to take it back. */
    private sealed interface UndoStep {
        void undo(StagedOutput output) throws IOException;

        String describe();

        /** A file that did not exist was placed: delete it. */
        record Delete(Path target) implements UndoStep {
            @Override
            public void undo(StagedOutput output) throws IOException {
                Files.deleteIfExists(target);
            }

            @Override
            public String describe() {
                return "removing " + target;
            }
        }

        /** A file was replaced or removed: put the backup back. */
        record Restore(Path target, Path backup) implements UndoStep {
            @Override
            public void undo(StagedOutput output) throws IOException {
                Files.createDirectories(target.getParent());
                atomicMove(backup, target);
            }

            @Override
            public String describe() {
                return "restoring " + target;
            }
        }

        /** A folder was created: remove it. */
        record DeleteFolder(Path folder) implements UndoStep {
            @Override
            public void undo(StagedOutput output) throws IOException {
                try {
                    Files.deleteIfExists(folder);
                } catch (DirectoryNotEmptyException stillUsed) {
                    // Something else was put there meanwhile; keep it.
                }
            }

            @Override
            public String describe() {
                return "removing the folder " + folder;
            }
        }

        /** An emptied folder was removed: create it again. */
        record Recreate(Path folder) implements UndoStep {
            @Override
            public void undo(StagedOutput output) throws IOException {
                Files.createDirectories(folder);
            }

            @Override
            public String describe() {
                return "recreating the folder " + folder;
            }
        }
    }
}
