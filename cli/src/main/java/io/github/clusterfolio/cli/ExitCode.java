package io.github.clusterfolio.cli;

/**
 * The exit codes of the {@code clusterfolio} command, a public contract (see DESIGN.md): scripts and CI
 * jobs branch on them.
 */
public final class ExitCode {
    /** Everything asked for was done. */
    public static final int DONE = 0;

    /** The input data is invalid (a YAML or theme file has errors, or warnings with {@code --fail-on-warning}). */
    public static final int INVALID_INPUT = 1;

    /** The command was used wrongly: an unknown option, format or language, a missing file, an output path that is a file. */
    public static final int USAGE = 2;

    /** Rendering or writing failed; the output folder was left as it was. */
    public static final int FAILED = 3;

    private ExitCode() {}
}
