package io.github.clusterfolio.cli;

import io.github.clusterfolio.cli.CommitJournal.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Puts an output folder back in order after a run that was killed or lost its power: finds the staging
 * folders such runs left and, for each, rolls an unfinished commit back, or removes what a finished one
 * left. Runs while the caller holds the {@link OutputLock}, so no staging folder found belongs to a run
 * still at work.
 */
final class OutputRecovery {
    private OutputRecovery() {}

    /**
     * Locks the output folder {@code folder} (waiting for another run that holds it) and recovers it.
     *
     * @param display how to name the output folder in messages
     * @param messages told, one sentence each, when this run waits for another or recovers an interrupted one
     * @return the lock, for the caller to release
     */
    static OutputLock lockAndRecover(Path folder, String display, Consumer<String> messages) throws OutputException {
        OutputLock lock;
        try {
            lock = OutputLock.acquire(folder, holder -> messages.accept("waiting for another clusterfolio run ("
                    + holder + "), which is writing into " + display));
        } catch (IOException failure) {
            throw new OutputException("cannot lock the output folder " + display + ": " + Failures.describe(failure),
                    failure);
        }
        try {
            recover(folder, path -> display.endsWith("/") ? display + path : display + "/" + path).forEach(messages);
        } catch (OutputException | RuntimeException failure) {
            try {
                lock.close();
            } catch (IOException ignored) {
                failure.addSuppressed(ignored);
            }
            throw failure;
        }
        return lock;
    }

    /**
     * Recovers the output folder {@code out}.
     *
     * @param display how to name a path of the output in messages
     * @return one note for each interrupted commit that was rolled back, for the user
     * @throws OutputException when a commit cannot be rolled back; its staging folder is then kept, as it
     *     may hold the only copy of old files, and the next run tries again
     */
    static List<String> recover(Path out, Function<String, String> display) throws OutputException {
        List<String> notes = new ArrayList<>();
        for (Path staging : stagingFolders(out)) {
            String name = staging.getFileName().toString();
            Optional<List<Step>> plan;
            try {
                plan = CommitJournal.read(staging);
            } catch (IOException damaged) {
                throw new OutputException("cannot recover the output folder from an interrupted run: "
                        + Failures.describe(damaged) + "; its files are kept in " + display.apply(name), damaged);
            }
            if (plan.isPresent() && !CommitJournal.isDone(staging)) {
                List<String> failed = CommitRollback.rollBack(out, staging, plan.get());
                if (!failed.isEmpty()) {
                    throw new OutputException("cannot restore the output folder after an interrupted run ("
                            + String.join("; ", failed) + "); the old files are kept in " + display.apply(name + "/old"));
                }
                notes.add("a run that was stopped while it moved its files into place (" + owner(name)
                        + ") was rolled back: " + display.apply("") + " holds the files it held before that run");
            } else if (plan.isEmpty() && holdsFiles(staging.resolve(StagedOutput.OLD))) {
                // Not this version's layout: keep whatever it holds rather than guess.
                notes.add(display.apply(name) + " was left by an earlier run and holds old files; it was kept");
                continue;
            }
            try {
                removeStaging(staging);
            } catch (IOException failure) {
                throw new OutputException("cannot remove " + display.apply(name) + ", left by an interrupted run: "
                        + Failures.describe(failure), failure);
            }
        }
        return notes;
    }

    /**
     * Removes a staging folder whose commit completed or was rolled back, in an order that keeps it
     * recoverable if this is interrupted too: the staged and backed-up files first, then the journal, and
     * only then the mark that the commit was done (a journal without it would be rolled back, and the
     * staged files it names are gone).
     */
    static void removeStaging(Path staging) throws IOException {
        for (String part : new String[] {StagedOutput.NEW, StagedOutput.OLD, StagedOutput.COPYING}) {
            OutputPaths.deleteTree(staging.resolve(part));
        }
        Files.deleteIfExists(staging.resolve(CommitJournal.PLAN + ".part"));
        Files.deleteIfExists(staging.resolve(CommitJournal.PLAN));
        Files.deleteIfExists(staging.resolve(CommitJournal.DONE));
        OutputPaths.deleteTree(staging);
    }

    /** The staging folders in {@code out}: real folders (not links) whose name has the temporary prefix. */
    static List<Path> stagingFolders(Path out) throws OutputException {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith(StagedOutput.TEMP_PREFIX))
                    .filter(entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        } catch (IOException failure) {
            throw new OutputException("cannot read the output folder " + out + ": " + Failures.describe(failure), failure);
        }
    }

    private static boolean holdsFiles(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException unreadable) {
            return true;
        }
    }

    /** {@code process 1234}, from a staging folder's name {@code .clusterfolio-tmp-1234-…}. */
    private static String owner(String name) {
        String rest = name.substring(StagedOutput.TEMP_PREFIX.length());
        int dash = rest.indexOf('-');
        return "process " + (dash < 0 ? rest : rest.substring(0, dash));
    }
}
