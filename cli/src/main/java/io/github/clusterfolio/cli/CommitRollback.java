package io.github.clusterfolio.cli;

import io.github.clusterfolio.cli.CommitJournal.Step;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Takes back the steps of a commit that did not complete, newest first, so that the output folder holds
 * exactly what it held before. Each step is undone only as far as it happened, judged by what is on the
 * disk, so rolling back twice (after a second crash, during the first roll-back) does no harm:
 * <ul>
 *   <li>a replaced or removed file whose backup is in {@code old/} gets the backup moved back over it;
 *       without a backup, the step never began (the backup is taken before the file is touched);</li>
 *   <li>a file added where nothing was is deleted, unless it is still staged (then it never moved);</li>
 *   <li>a folder the commit created is removed when empty; one it removed is created again.</li>
 * </ul>
 * Nothing here deletes an old file: the only copy of an old file is either in place or in {@code old/},
 * and it is moved, never copied or deleted.
 */
final class CommitRollback {
    private CommitRollback() {}

    /**
     * Rolls back the {@code steps} of the commit whose staging folder is {@code staging}, forcing the result
     * to the disk.
     *
     * @return a description of every step that could not be undone; empty when the folder is back as it was
     */
    static List<String> rollBack(Path out, Path staging, List<Step> steps) {
        Path fresh = staging.resolve(StagedOutput.NEW);
        Path backups = staging.resolve(StagedOutput.OLD);
        List<String> failed = new ArrayList<>();
        Set<Path> touched = new LinkedHashSet<>();
        for (Step step : steps.reversed()) {
            Path target = out.resolve(step.path());
            try {
                switch (step.kind()) {
                    case RMDIR -> {
                        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                            Files.createDirectories(target);
                        }
                    }
                    case REMOVE, REPLACE -> {
                        Path backup = backups.resolve(step.path());
                        if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
                            Files.createDirectories(target.getParent());
                            Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
                        }
                    }
                    case ADD -> {
                        if (!Files.exists(fresh.resolve(step.path()), LinkOption.NOFOLLOW_LINKS)) {
                            Files.deleteIfExists(target);
                        }
                    }
                    case MKDIR -> deleteIfEmpty(target);
                }
                touched.add(target.getParent());
            } catch (IOException | RuntimeException failure) {
                failed.add(describe(step) + ": " + Failures.describe(failure));
            }
        }
        try {
            DiskSync.folders(touched.stream().filter(Files::isDirectory).toList());
        } catch (IOException failure) {
            failed.add("forcing the restored folders to the disk: " + Failures.describe(failure));
        }
        return failed;
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException stillUsed) {
            // Something that is not this run's was put there; keep it.
        } catch (NoSuchFileException gone) {
            // Already removed.
        }
    }

    private static String describe(Step step) {
        return switch (step.kind()) {
            case RMDIR -> "recreating the folder " + step.path();
            case REMOVE, REPLACE -> "restoring " + step.path();
            case ADD -> "removing " + step.path();
            case MKDIR -> "removing the folder " + step.path();
        };
    }
}
