package io.github.clusterfolio.cli;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plan of a commit, written into the staging folder and forced to the disk before the output folder
 * is changed at all, so that whoever finds the staging folder later — the next run, after a kill or a
 * power loss — knows every step that may have happened and can take each one back.
 *
 * <p>Two files: {@value #PLAN} lists the steps in the order they are taken, and {@value #DONE} exists once
 * every step has happened and is on the disk. A staging folder with a plan and no {@code done} is rolled
 * back; with both it only needs removing. The plan is written beside its name and renamed, so it is
 * either complete or absent. One step a line: its kind, a space, the path relative to the output folder
 * (URL-encoded, so that any file name fits on a line); the last line is {@value #END}.
 */
final class CommitJournal {
    static final String PLAN = "journal";
    static final String DONE = "done";
    private static final String HEADER = "clusterfolio-journal/1";
    private static final String END = "end";

    private CommitJournal() {}

    /** What a step does to the output folder; each is undone by {@link CommitRollback}. */
    enum Kind {
        /** Creates a missing folder. */
        MKDIR,
        /** Moves a staged file into a place where nothing was. */
        ADD,
        /** Keeps a hard link of the old file among the backups, then moves the staged file over it. */
        REPLACE,
        /** Moves a file this run did not write into the backups ({@code --clean}). */
        REMOVE,
        /** Removes a folder that {@code --clean} emptied. */
        RMDIR
    }

    /**
     * One step.
     *
     * @param kind what it does
     * @param path relative to the output folder, with {@code /}
     */
    record Step(Kind kind, String path) {}

    /** Writes the plan into {@code staging} and forces it to the disk. */
    static void write(Path staging, List<Step> steps) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Step step : steps) {
            text.append(step.kind()).append(' ').append(URLEncoder.encode(step.path(), StandardCharsets.UTF_8))
                    .append('\n');
        }
        text.append(END).append('\n');
        Path beside = staging.resolve(PLAN + ".part");
        Files.writeString(beside, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        DiskSync.file(beside);
        Files.move(beside, staging.resolve(PLAN), StandardCopyOption.ATOMIC_MOVE);
        DiskSync.folder(staging);
    }

    /** Records that every step happened and is on the disk. */
    static void markDone(Path staging) throws IOException {
        Files.createFile(staging.resolve(DONE));
        DiskSync.folder(staging);
    }

    /** Whether the commit of {@code staging} completed. */
    static boolean isDone(Path staging) {
        return Files.exists(staging.resolve(DONE));
    }

    /**
     * The plan found in {@code staging}; empty when there is none (the run never began to change the output
     * folder).
     *
     * @throws IOException when the plan cannot be read or is damaged
     */
    static Optional<List<Step>> read(Path staging) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(staging.resolve(PLAN), StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.getFirst().equals(HEADER) || !lines.getLast().equals(END)) {
            throw new IOException("the journal " + staging.resolve(PLAN) + " is damaged");
        }
        List<Step> steps = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            int space = line.indexOf(' ');
            Step step;
            try {
                step = new Step(Kind.valueOf(line.substring(0, space)),
                        URLDecoder.decode(line.substring(space + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException | IndexOutOfBoundsException damaged) {
                throw new IOException("the journal " + staging.resolve(PLAN) + " is damaged: " + line, damaged);
            }
            if (!OutputPaths.staysInside(step.path())) {
                throw new IOException("the journal " + staging.resolve(PLAN) + " names a path outside the output folder: "
                        + line);
            }
            steps.add(step);
        }
        return Optional.of(List.copyOf(steps));
    }
}
