package io.github.clusterfolio.cli;

import io.github.clusterfolio.cli.StagedOutput.Change;
import io.github.clusterfolio.cli.StagedOutput.Placed;
import io.github.clusterfolio.model.Region;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What is printed after a render: each file with its size and whether it is new, changed or unchanged.
 * A folder with many files (the HTML fragments of a large region) is one line with the count, so the
 * summary stays short for any size of region.
 */
final class RenderSummary {
    /** A folder with more files than this is summed up in one line. */
    static final int LIST_AT_MOST = 8;

    private RenderSummary() {}

    /**
     * Prints what a committed render did: a note on stderr about files left in the formats' folders (when every
     * language was rendered), and unless {@code quiet} the files removed, a heading and the summary lines.
     */
    static void print(StagedOutput.Commit commit, StagedOutput staged, Region region, List<String> languages,
            long start, boolean quiet, PrintWriter stdout, PrintWriter stderr) {
        if (!commit.leftOver().isEmpty() && languages.size() == region.languages().size()) {
            stderr.println("note: " + ValidateCommand.count(commit.leftOver().size(), "file")
                    + " in the formats' folders were not written by this run and were left in place"
                    + " (--clean removes them): " + listed(commit.leftOver(), staged));
        }
        if (quiet) {
            return;
        }
        if (!commit.removed().isEmpty()) {
            stdout.println("Removed " + ValidateCommand.count(commit.removed().size(), "file")
                    + " that this run did not write: " + listed(commit.removed(), staged));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        stdout.printf(Locale.ROOT, "Rendered %s (%s) into %s in %.1f s:%n",
                region.text(region.name(), region.defaultLanguage()), String.join(", ", languages), staged.display(""),
                seconds);
        lines(commit.placed(), staged::display).forEach(stdout::println);
        stdout.println(total(commit.placed()));
        stdout.flush();
    }

    /** The first few of {@code files} as the user sees them, with an ellipsis for the rest. */
    private static String listed(List<String> files, StagedOutput staged) {
        List<String> shown = files.stream().limit(5).map(staged::display).toList();
        return String.join(", ", shown) + (files.size() > shown.size() ? ", …" : "");
    }

    /**
     * The summary lines, without a heading.
     *
     * @param placed every file written, sorted by path
     * @param display the name of an output path as the user sees it, such as {@code out/pdf/x.pdf}
     */
    static List<String> lines(List<Placed> placed, Function<String, String> display) {
        Map<String, List<Placed>> byFolder = new LinkedHashMap<>();
        for (Placed file : placed) {
            int slash = file.path().lastIndexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? "" : file.path().substring(0, slash + 1), folder -> new ArrayList<>())
                    .add(file);
        }
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, List<Placed>> folder : byFolder.entrySet()) {
            List<Placed> files = folder.getValue();
            if (files.size() > LIST_AT_MOST) {
                long size = files.stream().mapToLong(Placed::size).sum();
                rows.add(new String[] {
                    display.apply(folder.getKey()) + " (" + files.size() + " files)", size(size), changes(files)
                });
            } else {
                for (Placed file : files) {
                    rows.add(new String[] {display.apply(file.path()), size(file.size()), label(file.change())});
                }
            }
        }
        int pathWidth = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        int sizeWidth = rows.stream().mapToInt(row -> row[1].length()).max().orElse(0);
        return rows.stream()
                .map(row -> "  " + pad(row[0], pathWidth) + "  " + " ".repeat(sizeWidth - row[1].length()) + row[1] + "  "
                        + row[2])
                .toList();
    }

    /** The closing line: "66 files, 1.3 MB: 3 changed, 63 unchanged". */
    static String total(List<Placed> placed) {
        long size = placed.stream().mapToLong(Placed::size).sum();
        return ValidateCommand.count(placed.size(), "file") + ", " + size(size) + ": " + changes(placed);
    }

    /** "2 new, 1 changed, 15 unchanged", leaving out what is zero. */
    static String changes(List<Placed> files) {
        Map<Change, Long> counts = files.stream()
                .collect(Collectors.groupingBy(Placed::change, () -> new EnumMap<>(Change.class), Collectors.counting()));
        if (counts.size() == 1 && files.size() > 0 && counts.keySet().iterator().next() != Change.UNCHANGED) {
            return "all " + label(counts.keySet().iterator().next());
        }
        return counts.entrySet().stream()
                .map(entry -> entry.getValue() + " " + label(entry.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** A size as people read it: 512 B, 12.3 kB, 1.4 MB. */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static String label(Change change) {
        return change.name().toLowerCase(Locale.ROOT);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
