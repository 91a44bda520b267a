package io.github.clusterfolio.cli;

import io.github.clusterfolio.model.Problem;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/** Prints problems found in input files, counting errors and warnings. */
final class ProblemReporter {
    private final ProblemFormat format;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Optional<Path> workspace;
    private int errors;
    private int warnings;

    /**
     * @param format text or GitHub annotations
     * @param out standard output, where annotations go
     * @param err standard error, where text problems go
     * @param workspace the folder annotation paths are relative to ({@code GITHUB_WORKSPACE}), if known
     */
    ProblemReporter(ProblemFormat format, PrintWriter out, PrintWriter err, Optional<Path> workspace) {
        this.format = format;
        this.out = out;
        this.err = err;
        this.workspace = workspace;
    }

    /** Prints every problem, in the order given. */
    void report(Collection<Problem> problems) {
        problems.forEach(this::report);
        (format == ProblemFormat.GITHUB ? out : err).flush();
    }

    /** Prints one problem. */
    void report(Problem problem) {
        if (problem.isError()) {
            errors++;
        } else {
            warnings++;
        }
        switch (format) {
            case TEXT -> err.println(text(problem));
            case GITHUB -> out.println(annotation(problem, workspace));
        }
    }

    /** The errors reported so far. */
    int errors() {
        return errors;
    }

    /** The warnings reported so far. */
    int warnings() {
        return warnings;
    }

    /** {@code FILE:LINE:COLUMN: error: message}, leaving out a line or column that is not known. */
    static String text(Problem problem) {
        StringBuilder line = new StringBuilder(problem.file());
        if (problem.line() > 0) {
            line.append(':').append(problem.line());
            if (problem.column() > 0) {
                line.append(':').append(problem.column());
            }
        }
        return line.append(": ").append(problem.severity().label()).append(": ").append(problem.message()).toString();
    }

    /**
     * A GitHub Actions annotation: {@code ::error file=F,line=L,col=C,title=T::message}, escaped as the
     * runner expects, with the file relative to the workspace when it lies inside.
     */
    static String annotation(Problem problem, Optional<Path> workspace) {
        StringBuilder line = new StringBuilder("::").append(problem.severity().label()).append(' ');
        line.append("file=").append(escapeProperty(relativeTo(workspace, problem.file())));
        if (problem.line() > 0) {
            line.append(",line=").append(problem.line());
            if (problem.column() > 0) {
                line.append(",col=").append(problem.column());
            }
        }
        String title = problem.path().isEmpty() ? "clusterfolio" : "clusterfolio: " + problem.path();
        line.append(",title=").append(escapeProperty(title));
        return line.append("::").append(escapeData(problem.message())).toString();
    }

    /** "2 errors, 1 warning", "no problems". */
    static String counted(int errors, int warnings) {
        if (errors == 0 && warnings == 0) {
            return "no problems";
        }
        String errorText = errors == 1 ? "1 error" : errors + " errors";
        String warningText = warnings == 1 ? "1 warning" : warnings + " warnings";
        return errors == 0 ? warningText : warnings == 0 ? errorText : errorText + ", " + warningText;
    }

    private static String relativeTo(Optional<Path> workspace, String file) {
        if (workspace.isEmpty()) {
            return file;
        }
        try {
            Path path = Path.of(file).toAbsolutePath().normalize();
            Path root = workspace.get().toAbsolutePath().normalize();
            if (path.startsWith(root) && !path.equals(root)) {
                return root.relativize(path).toString().replace('\\', '/');
            }
        } catch (InvalidPathException notAPath) {
            // A name such as <stdin>: keep it as it is.
        }
        return file;
    }

    /** Escapes a message as GitHub's runner expects in the data of a workflow command. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value of a workflow command, where {@code :} and {@code ,} separate properties. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

}
