package io.github.clusterfolio.cli;

import io.github.clusterfolio.cli.CommitJournal.Kind;
import io.github.clusterfolio.cli.CommitJournal.Step;
import io.github.clusterfolio.cli.StagedOutput.Change;
import io.github.clusterfolio.cli.StagedOutput.Commit;
import io.github.clusterfolio.cli.StagedOutput.Placed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.NullUnmarked;

/**
 * Every change a commit will make to the output folder, worked out before the first one, in the order they
 * are taken: the folders to create, the staged files to move into place (new or replacing), and with
 * {@code --clean} the files this run did not write and the folders that their removal empties. Checks the
 * paths first ({@link OutputPaths}), so that a link, file or folder in the way stops the commit before it
 * changes anything.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class CommitPlan {
    private final List<Step> steps;
    private final List<Placed> placed;
    private final List<String> leftOver;
    private final boolean clean;

    private CommitPlan(List<Step> steps, List<Placed> placed, List<String> leftOver, boolean clean) {
        this.steps = List.copyOf(steps);
        this.placed = List.copyOf(placed);
        this.leftOver = List.copyOf(leftOver);
        this.clean = clean;
    }

    /**
     * Plans the commit of the files staged under {@code fresh} into {@code out}.
     *
     * @param formats the formats rendered; their folders are searched for files this run did not write
     * @param clean whether to remove such files
     * @param display how to name a path of the output in messages
     * @throws OutputException when something is in the way, or a folder cannot be read
     */
    static CommitPlan of(Path out, Path fresh, Collection<String> formats, boolean clean,
            Function<String, String> display) throws OutputException {
        SortedMap<String, Long> sizes;
        try {
            sizes = OutputPaths.fileSizes(fresh);
        } catch (IOException failure) {
            throw new OutputException("cannot read the staging folder: " + Failures.describe(failure), failure);
        }
        List<String> files = List.copyOf(sizes.keySet());
        for (String format : formats) {
            OutputPaths.checkFormatFolder(out, format, display);
        }
        OutputSurvey survey = new OutputSurvey(out);
        for (String file : files) {
            OutputPaths.checkWritable(out, file, display, survey);
        }
        String current = "";
        try {
            Set<String> folders = new LinkedHashSet<>();
            List<Step> moves = new ArrayList<>();
            List<Placed> placed = new ArrayList<>();
            for (String file : files) {
                current = file;
                Path target = out.resolve(file);
                for (Path missing : survey.missingFolders(target.getParent())) {
                    folders.add(relative(out, missing));
                }
                long size = sizes.get(file);
                OutputSurvey.Kind kind = survey.kind(target);
                if (kind == OutputSurvey.Kind.MISSING) {
                    moves.add(new Step(Kind.ADD, file));
                    placed.add(new Placed(file, size, Change.NEW));
                } else if (kind == OutputSurvey.Kind.FILE && Files.mismatch(fresh.resolve(file), target) == -1) {
                    placed.add(new Placed(file, size, Change.UNCHANGED));
                } else {
                    moves.add(new Step(Kind.REPLACE, file));
                    placed.add(new Placed(file, size, Change.CHANGED));
                }
            }
            current = "";
            List<String> leftOver = new ArrayList<>();
            Set<String> written = new HashSet<>(files);
            List<Step> removals = new ArrayList<>();
            for (String format : formats) {
                for (String file : OutputPaths.files(out.resolve(format))) {
                    String path = format + "/" + file;
                    if (!written.contains(path) && Stream.of(path.split("/")).noneMatch(part -> part.startsWith(
                            StagedOutput.TEMP_PREFIX))) {
                        leftOver.add(path);
                    }
                }
                if (clean) {
                    removals.addAll(emptiedFolders(out, format, written, leftOver));
                }
            }
            List<Step> steps = new ArrayList<>();
            folders.forEach(folder -> steps.add(new Step(Kind.MKDIR, folder)));
            steps.addAll(moves);
            if (clean) {
                leftOver.forEach(file -> steps.add(new Step(Kind.REMOVE, file)));
                steps.addAll(removals);
            }
            return new CommitPlan(steps, placed, leftOver, clean);
        } catch (IOException failure) {
            throw new OutputException("cannot read " + (current.isEmpty() ? display.apply("") : display.apply(current))
                    + ": " + Failures.describe(failure), failure);
        }
    }

    /** The steps, in the order they are taken. */
    List<Step> steps() {
        return steps;
    }

    /** What the commit did, once it did. */
    Commit commit() {
        return new Commit(placed, clean ? List.of() : leftOver, clean ? leftOver : List.of());
    }

    /**
     * The folders under {@code OUT/<format>} (not that folder itself) that hold nothing once the removed files
     * are gone, and held at least one of them; deepest first.
     */
    private static List<Step> emptiedFolders(Path out, String format, Set<String> written, List<String> removed)
            throws IOException {
        Path root = out.resolve(format);
        List<String> folders = OutputPaths.folders(root).stream().map(folder -> format + "/" + folder).toList();
        Set<String> gone = new HashSet<>(removed);
        Map<String, Boolean> emptied = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        for (String folder : folders.reversed()) {
            boolean empty = true;
            boolean heldRemoved = false;
            try (Stream<Path> entries = Files.list(out.resolve(folder))) {
                for (Path entry : entries.toList()) {
                    String path = folder + "/" + entry.getFileName();
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        empty &= emptied.getOrDefault(path, false);
                        heldRemoved |= emptied.getOrDefault(path, false);
                    } else {
                        empty &= gone.contains(path);
                        heldRemoved |= gone.contains(path);
                    }
                }
            }
            boolean receives = written.stream().anyMatch(file -> file.startsWith(folder + "/"));
            if (empty && heldRemoved && !receives) {
                emptied.put(folder, true);
                steps.add(new Step(Kind.RMDIR, folder));
            }
        }
        return steps;
    }

    private static String relative(Path out, Path path) {
        return out.relativize(path).toString().replace('\\', '/');
    }
}
