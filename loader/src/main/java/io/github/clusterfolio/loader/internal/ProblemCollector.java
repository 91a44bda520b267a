package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Severity;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The problems of one document, up to a cap. Once the cap is reached, further warnings are only counted,
 * while a further error stops reading (by {@link StopReading}): a file with hundreds of errors is broken
 * in a way that more messages would not explain.
 */
public final class ProblemCollector {
    private final String file;
    private final boolean strict;
    private final int max;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> tentative = new ArrayList<>();
    private int errors;
    private int suppressed;
    private int suppressedErrors;

    /** Problems of {@code file}; in strict mode warnings are recorded as errors. */
    public ProblemCollector(String file, boolean strict, int max) {
        this.file = file;
        this.strict = strict;
        this.max = max;
    }

    /** Records an error. */
    public void error(int line, int column, String path, String message) {
        add(Severity.ERROR, line, column, path, message);
    }

    /**
     * Records an error that only counts once {@link #commitTentative()} is called: a check at the end of
     * a mapping, which a syntax error right after it can make meaningless.
     */
    public void tentativeError(int line, int column, String path, String message) {
        tentative.add(new Problem(Severity.ERROR, file, Math.max(0, line), Math.max(0, column), path, message));
    }

    /** Records the tentative errors for good. */
    public void commitTentative() {
        if (tentative.isEmpty()) {
            return;
        }
        List<Problem> committed = List.copyOf(tentative);
        tentative.clear();
        for (Problem problem : committed) {
            add(problem.severity(), problem.line(), problem.column(), problem.path(), problem.message());
        }
    }

    /** Forgets the tentative errors and every problem at or after {@code line}. */
    public void dropFrom(int line) {
        tentative.clear();
        problems.removeIf(problem -> problem.line() >= line);
        errors = (int) problems.stream().filter(Problem::isError).count() + suppressedErrors;
    }

    /** Records a warning: an error in strict mode. */
    public void warning(int line, int column, String path, String message) {
        add(strict ? Severity.ERROR : Severity.WARNING, line, column, path, message);
    }

    private void add(Severity severity, int line, int column, String path, String message) {
        boolean error = severity == Severity.ERROR;
        if (error) {
            errors++;
        }
        if (problems.size() < max) {
            problems.add(new Problem(severity, file, Math.max(0, line), Math.max(0, column), path, message));
            return;
        }
        suppressed++;
        if (error) {
            suppressedErrors++;
        }
        if (errors > 0) {
            throw new StopReading();
        }
    }

    /** How many errors were found, shown or not, tentative ones included. */
    public int errorCount() {
        return errors + tentative.size();
    }

    /** Whether any error was found, tentative ones included. */
    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** Forgets every problem, for when one problem makes all others meaningless. */
    public void clear() {
        problems.clear();
        tentative.clear();
        errors = 0;
        suppressed = 0;
        suppressedErrors = 0;
    }

    /** The problems sorted by position, followed by a note on those not shown. */
    public List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        if (suppressed > 0) {
            Problem last = sorted.getLast();
            String message = errors > 0
                    ? String.format(Locale.ROOT, "too many problems; reading stopped (only the first %,d are shown)", max)
                    : String.format(Locale.ROOT, "%,d more warnings are not shown", suppressed);
            Severity severity = errors > 0 ? Severity.ERROR : Severity.WARNING;
            sorted.add(new Problem(severity, file, last.line(), last.column(), "", message));
        }
        return sorted;
    }

    /** Thrown to stop reading once too many problems are found; carries no stack trace. */
    public static final class StopReading extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        StopReading() {
            super("too many problems", null, false, false);
        }
    }
}
