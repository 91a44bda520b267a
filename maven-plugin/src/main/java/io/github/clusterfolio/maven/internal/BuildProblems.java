package io.github.clusterfolio.maven.internal;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Severity;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Logs problems as Maven users read them, {@code [ERROR] data/region.yaml:12:5: message}, with file names relative
 * to the project's base directory, and counts them per file for the one-line summary that fails the build.
 */
public final class BuildProblems {
    private final Path basedir;
    private final Consumer<String> errorLog;
    private final Consumer<String> warningLog;
    private final Map<String, int[]> countsByFile = new LinkedHashMap<>();

    /** Problems of the build in {@code basedir}, logged through the two logs. */
    public BuildProblems(Path basedir, Consumer<String> errorLog, Consumer<String> warningLog) {
        this.basedir = basedir.toAbsolutePath().normalize();
        this.errorLog = errorLog;
        this.warningLog = warningLog;
    }

    /** Logs and counts every problem, in the order given. */
    public void report(Collection<Problem> problems) {
        problems.forEach(this::report);
    }

    /** Logs and counts one problem. */
    public void report(Problem problem) {
        String file = display(problem.file());
        String line = file + ":" + problem.line() + ":" + problem.column() + ": " + problem.message();
        int[] counts = countsByFile.computeIfAbsent(file, any -> new int[2]);
        if (problem.severity() == Severity.ERROR) {
            counts[0]++;
            errorLog.accept(line);
        } else {
            counts[1]++;
            warningLog.accept(line);
        }
    }

    /** An error at no particular place in {@code file}, such as a setting that does not fit the others. */
    public void error(String file, String message) {
        report(new Problem(Severity.ERROR, file, 0, 0, "", message));
    }

    /** A file name as the user knows it: relative to the base directory when it lies inside it. */
    public String display(String file) {
        try {
            Path path = Path.of(file);
            Path absolute = path.toAbsolutePath().normalize();
            return absolute.startsWith(basedir) && !absolute.equals(basedir)
                    ? basedir.relativize(absolute).toString().replace('\\', '/')
                    : file;
        } catch (java.nio.file.InvalidPathException notAPath) {
            return file;
        }
    }

    /** Whether any error was reported. */
    public boolean hasErrors() {
        return countsByFile.values().stream().anyMatch(counts -> counts[0] > 0);
    }

    /** Whether any warning was reported. */
    public boolean hasWarnings() {
        return countsByFile.values().stream().anyMatch(counts -> counts[1] > 0);
    }

    /** One line for the build failure: {@code data/region.yaml has 2 errors, clusterfolio.yaml has 1 warning}. */
    public String summary() {
        StringBuilder summary = new StringBuilder();
        countsByFile.forEach((file, counts) -> {
            if (!summary.isEmpty()) {
                summary.append(", ");
            }
            summary.append(file).append(" has ");
            if (counts[0] > 0) {
                summary.append(counted(counts[0], "error"));
            }
            if (counts[1] > 0) {
                summary.append(counts[0] > 0 ? " and " : "").append(counted(counts[1], "warning"));
            }
        });
        return summary.toString();
    }

    private static String counted(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
