package io.github.clusterfolio.model;

import java.util.Objects;

/**
 * One problem found in an input file, located by line and column, printed as
 * {@code file:line:column: error: message}.
 *
 * @param severity how serious it is
 * @param file the file's name as the user gave it, or a placeholder such as {@code <string>}
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param path where in the document's structure, such as {@code organisations[3].sectors[0]}; empty for the document
 * @param message what is wrong and what to do, in words a content editor understands
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message)
        implements Comparable<Problem> {

    /** Checks that nothing is null and positions are not negative. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** Whether this is an error rather than a warning. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Orders problems by line, then column, then message, so output is stable. */
    @Override
    public int compareTo(Problem other) {
        int byLine = Integer.compare(line, other.line);
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(column, other.column);
        return byColumn != 0 ? byColumn : message.compareTo(other.message);
    }

    /** {@code file:line:column: error: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
