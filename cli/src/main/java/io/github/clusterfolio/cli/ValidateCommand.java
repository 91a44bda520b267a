package io.github.clusterfolio.cli;

import io.github.clusterfolio.loader.LoadResult;
import io.github.clusterfolio.loader.Project;
import io.github.clusterfolio.loader.ProjectLoadResult;
import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.model.Region;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clusterfolio validate FILE…}: checks files and prints every problem of every file. */
@Command(
        name = "validate",
        sortOptions = false,
        usageHelpAutoWidth = true,
        headerHeading = "",
        header = "Checks region files (or a project file and its data) and prints every problem of every file.",
        description = {
            "",
            "Problems go to standard error as FILE:LINE:COLUMN: error|warning: message, or with --format github to"
                    + " standard output as GitHub Actions annotations, which show each problem on its line of a pull"
                    + " request. Standard output gets one verdict line per file.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file is valid",
            "1:a file has errors (or warnings, with --fail-on-warning or --strict)",
            "2:wrong usage, such as a file that does not exist",
            "3:failed for another reason",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  clusterfolio validate                     clusterfolio.yaml and the files it names",
            "  clusterfolio validate region.yaml",
            "  clusterfolio validate --format github --fail-on-warning data/*.yaml",
        })
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private ClusterfolioCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "Region files (YAML, format clusterfolio/1) to check; - reads standard input. Default: the"
                    + " project file and the region and theme files it names.")
    private List<String> files = List.of();

    @Option(
            names = "--project",
            paramLabel = "FILE",
            description = "A project file (format clusterfolio-project/1). Default: " + Project.FILE_NAME
                    + " in the working folder when no FILE is given.")
    private @Nullable String projectFile;

    @Option(
            names = "--format",
            paramLabel = "text|github",
            converter = ProblemFormatConverter.class,
            completionCandidates = ProblemFormatConverter.Candidates.class,
            description = "How problems are printed: text (default) or github.")
    private ProblemFormat format = ProblemFormat.TEXT;

    @Option(
            names = "--strict",
            description = "Treat a text missing in one of the region's languages as an error, not a warning.")
    private boolean strict;

    @Option(names = "--fail-on-warning", description = "Exit with code 1 when there are warnings, even without errors.")
    private boolean failOnWarning;

    @Option(names = {"-q", "--quiet"}, description = "Print only the problems, no verdict per file.")
    private boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> workspace = root.environment().variable("GITHUB_WORKSPACE").map(Path::of);
        Optional<Path> project = ProjectFile.locate(projectFile, !files.isEmpty());
        if (files.isEmpty() && project.isEmpty()) {
            throw new UsageException("name the region files to check, or run it where a " + Project.FILE_NAME
                    + " is (or give --project FILE)");
        }
        boolean failed = false;
        List<String> named = new ArrayList<>(files);
        if (project.isPresent()) {
            ProjectLoadResult result = ProjectFile.read(project.get(), RenderCommand.discoverRenderers());
            ProblemReporter reporter = new ProblemReporter(format, out, err, workspace);
            reporter.report(result.problems());
            failed = result.project().isEmpty() || (failOnWarning && reporter.warnings() > 0);
            if (!quiet) {
                out.println(project.get() + ": " + (result.project().isEmpty()
                        ? "invalid, " + ProblemReporter.counted(reporter.errors(), reporter.warnings())
                        : "valid project"));
            }
            if (files.isEmpty() && result.project().isPresent()) {
                named.add(result.project().get().data().toString());
                failed |= checkTheme(result.project().get(), out, err, workspace);
            }
        }
        // Every file named must exist before any is checked: a typo in a file name is a usage error.
        List<RegionInput> inputs = new ArrayList<>();
        for (String file : named) {
            inputs.add(RegionInput.of(file));
        }
        RegionLoader loader = RegionLoader.builder().strict(strict).build();
        for (RegionInput input : inputs) {
            ProblemReporter reporter = new ProblemReporter(format, out, err, workspace);
            LoadResult result = input.read(loader);
            reporter.report(result.problems());
            boolean fileFailed = result.hasErrors() || result.region().isEmpty()
                    || (failOnWarning && reporter.warnings() > 0);
            failed |= fileFailed;
            if (!quiet) {
                out.println(verdict(input, result, reporter));
            }
        }
        out.flush();
        return failed ? ExitCode.INVALID_INPUT : ExitCode.DONE;
    }

    /** Checks the project's theme file, if it names one; whether it fails the check. */
    private boolean checkTheme(Project project, PrintWriter out, PrintWriter err, Optional<Path> workspace) {
        if (project.theme().isEmpty()) {
            return false;
        }
        Path theme = project.theme().get();
        ProblemReporter reporter = new ProblemReporter(format, out, err, workspace);
        io.github.clusterfolio.loader.ThemeLoadResult result = ThemeFiles.read(theme);
        reporter.report(result.problems());
        if (!quiet) {
            out.println(theme + ": " + (result.theme().isEmpty()
                    ? "invalid, " + ProblemReporter.counted(reporter.errors(), reporter.warnings())
                    : "valid theme"));
        }
        return result.theme().isEmpty() || (failOnWarning && reporter.warnings() > 0);
    }

    private static String verdict(RegionInput input, LoadResult result, ProblemReporter reporter) {
        if (result.region().isEmpty()) {
            return input.name() + ": invalid, " + ProblemReporter.counted(reporter.errors(), reporter.warnings());
        }
        Region region = result.region().get();
        String contents = count(region.sectors().size(), "sector") + ", "
                + count(region.organisations().size(), "organisation") + ", languages "
                + String.join(", ", region.languages());
        return input.name() + ": valid (" + contents + ")"
                + (reporter.warnings() > 0 ? ", " + ProblemReporter.counted(0, reporter.warnings()) : "");
    }

    static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
