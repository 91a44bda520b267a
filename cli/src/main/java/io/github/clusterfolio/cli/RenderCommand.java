package io.github.clusterfolio.cli;

import io.github.clusterfolio.loader.LoadResult;
import io.github.clusterfolio.loader.Project;
import io.github.clusterfolio.loader.ProjectLoadResult;
import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.loader.ThemeLoadResult;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.InvalidOptionException;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code clusterfolio render}: validates a region file, renders it in every format asked for into a
 * staging folder, and moves the files into place only when everything succeeded.
 */
@Command(
        name = "render",
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Renders a region file as a PDF brochure, CSV exports and HTML fragments.",
        description = {
            "",
            "Writes into OUT:",
            "  pdf/<region-id>-<lang>.pdf                    the brochure, for print",
            "  csv/organisations.csv, sectors.csv, key-figures.csv",
            "  html/<lang>/index.html                        a preview page",
            "  html/<lang>/overview.html                     fragments for a website:",
            "  html/<lang>/sectors/<sector-id>.html            paste them into a CMS",
            "  html/<lang>/organisations/<organisation-id>.html",
            "",
            "The file is validated first. Everything is rendered into a temporary folder inside OUT and moved into"
                    + " place only when every format succeeded: if anything fails, OUT stays as it was; a run killed"
                    + " outright is rolled back by the next run into OUT. A second run into the same OUT waits for the"
                    + " first. Nothing is written through a symbolic link inside OUT. Files whose"
                    + " content did not change are not touched. With SOURCE_DATE_EPOCH or --timestamp, two runs give"
                    + " byte-identical files.",
            "",
        },
        parameterListHeading = "Parameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the input is invalid (the problems are printed); nothing was written",
            "2:wrong usage: unknown format or language, missing file, output path that is a file",
            "3:rendering or writing failed, or the run was stopped by a signal; OUT was left as it was",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  clusterfolio render                       clusterfolio.yaml if there is one, else the bundled dataset",
            "  clusterfolio render region.yaml --format pdf --lang de --out dist",
            "  clusterfolio render region.yaml --option pdf.conformance=pdf-a-2b --option html.headingLevel=3",
            "  SOURCE_DATE_EPOCH=1764288000 clusterfolio render region.yaml --quiet",
            "  clusterfolio render region.yaml --labels labels-sv.yaml",
            "  clusterfolio render --list-formats        the formats and their options",
        })
final class RenderCommand implements Callable<Integer> {
    /** Where output goes without {@code --out}. */
    static final String DEFAULT_OUT = "out";

    @ParentCommand
    private ClusterfolioCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..1",
            description = "The region file (YAML, format clusterfolio/1); - reads standard input. "
                    + "Default: the project file's data, else the bundled Metropolregion Nordwest dataset ("
                    + RegionInput.BUNDLED_DATASET + ").")
    private @Nullable String file;

    @Option(
            names = "--project",
            paramLabel = "FILE",
            description = "A project file (format clusterfolio-project/1) with data, out, formats, languages, theme,"
                    + " labels and options; the options given here override it. Default: " + Project.FILE_NAME
                    + " in the working folder when no region FILE is given.")
    private @Nullable String projectFile;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            split = ",",
            description = "The formats to render, comma-separated (see --list-formats). Default: every format.")
    private List<String> formats = List.of();

    @Option(
            names = {"-l", "--lang"},
            paramLabel = "LANG",
            split = ",",
            description = "The languages to render, comma-separated, such as de or de,en. Default: every language of"
                    + " the region.")
    private List<String> languages = List.of();

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "The output folder; created when missing. Default: the project file's out, else "
                    + DEFAULT_OUT + ".")
    private @Nullable String out;

    @Option(
            names = "--option",
            paramLabel = "FORMAT.KEY=VALUE",
            description = "A renderer option, such as pdf.conformance=pdf-a-2b or html.headingLevel=3; repeatable."
                    + " --list-formats shows every format's options.")
    private List<String> rendererOptions = List.of();

    @Option(
            names = "--csv-dialect",
            paramLabel = "DIALECT",
            completionCandidates = OptionArguments.CsvDialects.class,
            description = "Short for --option csv.dialect=DIALECT: ${COMPLETION-CANDIDATES}. Default: rfc4180; excel"
                    + " writes semicolons and a byte-order mark for German Excel, tsv tab-separated .tsv files.")
    private @Nullable String csvDialect;

    @Option(
            names = "--theme",
            paramLabel = "FILE",
            description = "A theme file (YAML) with colours, fonts, logo, page size and margins for the PDF and the"
                    + " HTML preview. Default: the built-in theme.")
    private @Nullable String themeFile;

    @Option(
            names = "--labels",
            paramLabel = "FILE",
            description = "A labels file (format clusterfolio-labels/1) that adds a language or changes words of a"
                    + " bundled one; repeatable, later files win. 'clusterfolio labels en' prints one to start from.")
    private List<String> labelFiles = List.of();

    @Option(
            names = "--timestamp",
            paramLabel = "TIME",
            description = "The date written into the files, such as 2026-11-28T09:30:00Z or 2026-11-28. Default:"
                    + " SOURCE_DATE_EPOCH when set, else now.")
    private @Nullable String timestamp;

    @Option(
            names = "--strict",
            description = "Treat a text missing in one of the region's languages as an error, not a warning.")
    private boolean strict;

    @Option(
            names = "--fail-on-warning",
            description = "Write nothing and exit with code 1 when the input or a renderer gives a warning.")
    private boolean failOnWarning;

    @Option(
            names = "--clean",
            description = "Remove files in the rendered formats' folders that this run did not write (such as"
                    + " the page of an organisation that was deleted). With --lang, that includes the other languages.")
    private boolean clean;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems: no progress, no summary.")
    private boolean quiet;

    @Option(names = "--list-formats", description = "List the formats available, with their options, and exit.")
    private boolean listFormats;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Environment environment = root.environment();

        RendererRegistry registry = discoverRenderers();
        if (listFormats) {
            OptionArguments.printFormats(registry, stdout);
            return ExitCode.DONE;
        }
        // The project file, when there is one, gives the defaults that the options on the command line override.
        RendererSettings settings = RendererSettings.empty();
        Optional<Path> projectPath = ProjectFile.locate(projectFile, file != null);
        if (projectPath.isPresent()) {
            ProjectLoadResult reading = ProjectFile.read(projectPath.get(), registry);
            Optional<String> invalid = check(projectPath.get().toString(), reading.problems(),
                    reading.project().isPresent(), stdout, stderr);
            if (invalid.isPresent()) {
                stderr.println(spec.qualifiedName() + ": nothing written: " + invalid.get());
                return ExitCode.INVALID_INPUT;
            }
            Project project = reading.project().orElseThrow();
            useProject(project);
            settings = project.settings();
        }
        List<RendererProvider> providers = selectProviders(registry);
        Instant moment = Timestamps.resolve(Optional.ofNullable(timestamp),
                environment.variable(Timestamps.SOURCE_DATE_EPOCH), Clock.systemUTC());
        String outName = out == null ? DEFAULT_OUT : out;
        Path outFolder = OutputFolderOption.outputFolder(outName);
        RegionInput input = file == null ? RegionInput.bundled() : RegionInput.of(file);
        Optional<Path> themePath = Optional.ofNullable(themeFile).map(ThemeFiles::existing);
        if (csvDialect != null) {
            settings = OptionArguments.applyCsvDialect(registry, settings, csvDialect);
        }
        settings = OptionArguments.apply(registry, settings, rendererOptions);

        String display = OutputFolderOption.displayName(outName);
        Consumer<String> notes = note -> {
            stderr.println("note: " + note);
            stderr.flush();
        };
        try (StopOnSignal signals = StopOnSignal.install(spec.qualifiedName(), stderr, display)) {
            // Before anything else, and whether or not the input turns out valid: put back in order what an
            // interrupted run left in the output folder.
            StagedOutput.recoverIfPresent(outFolder, display, notes);

            // Validate first, both files, so that every problem shows at once.
            List<String> invalid = new ArrayList<>();
            Optional<Theme> theme = Optional.empty();
            if (themePath.isPresent()) {
                ThemeLoadResult reading = ThemeFiles.read(themePath.get());
                theme = reading.theme();
                check(themePath.get().toString(), reading.problems(), theme.isPresent(), stdout, stderr).ifPresent(invalid::add);
            }
            LabelFiles.Reading labels = LabelFiles.read(labelFilesToRead());
            for (LabelFiles.FileProblems reading : labels.files()) {
                check(reading.name(), reading.problems(), reading.usable(), stdout, stderr).ifPresent(invalid::add);
            }
            LoadResult loaded = input.read(RegionLoader.builder().strict(strict).build());
            List<Problem> problems = new ArrayList<>(loaded.problems());
            List<Problem> projectLanguages = languagesOf.flatMap(project -> loaded.region()
                    .map(region -> ProjectFile.missingLanguages(project, region))).orElse(List.of());
            if (!projectLanguages.isEmpty()) {
                check(projectLanguages.getFirst().file(), projectLanguages, false, stdout, stderr)
                        .ifPresent(invalid::add);
            } else if (loaded.region().isPresent()) {
                problems.addAll(LabelFiles.languageWarnings(labels, renderOptions(loaded.region().get(), moment)
                        .languagesFor(loaded.region().get()), loaded.region().get().languages(), input.name()));
            }
            check(input.name(), problems, loaded.region().isPresent(), stdout, stderr).ifPresent(invalid::add);
            if (!invalid.isEmpty()) {
                stderr.println(spec.qualifiedName() + ": nothing written: " + String.join("; ", invalid));
                return ExitCode.INVALID_INPUT;
            }
            if (theme.isPresent()) {
                settings = settings.with(Theme.class, theme.get());
            }
            settings = settings.with(LabelCatalog.class, labels.catalog());
            Region region = loaded.region().orElseThrow();
            RenderOptions options = renderOptions(region, moment);
            Map<String, Renderer> renderers = createRenderers(providers, settings);

            ProblemReporter reporter = new ProblemReporter(ProblemFormat.TEXT, stdout, stderr, Optional.empty());
            try (StagedOutput staged = StagedOutput.open(outFolder, display, StagedOutput::atomicMove, notes)) {
                signals.output(staged);
                ParallelRender render = new ParallelRender(renderers);
                signals.rendering(render::stop);
                List<Problem> warnings;
                try (Progress progress = quiet || !environment.terminal()
                        ? Progress.none()
                        : Progress.statusLine(stderr, List.copyOf(renderers.keySet()), terminalWidth(environment))) {
                    warnings = render.run(List.copyOf(renderers.keySet()), region, options, staged, progress,
                            input.name());
                }
                reporter.report(warnings);
                if (failOnWarning && !warnings.isEmpty()) {
                    stderr.println(spec.qualifiedName() + ": nothing written: "
                            + ProblemReporter.counted(0, warnings.size()) + " and --fail-on-warning");
                    return ExitCode.INVALID_INPUT;
                }
                StagedOutput.Commit commit = staged.commit(renderers.keySet(), clean);
                RenderSummary.print(commit, staged, region, options.languagesFor(region), start, quiet, stdout, stderr);
            }
        }
        return ExitCode.DONE;
    }

    /** The project whose {@code languages} this run renders, when {@code --lang} did not override them. */
    private Optional<Project> languagesOf = Optional.empty();

    /** Takes from the project file what the command line did not give. */
    private void useProject(Project project) {
        languagesOf = languages.isEmpty() ? Optional.of(project) : Optional.empty();
        file = file == null ? project.data().toString() : file;
        out = out == null ? project.out().toString() : out;
        formats = formats.isEmpty() ? project.formats() : formats;
        languages = languages.isEmpty() ? project.languages() : languages;
        themeFile = themeFile == null ? project.theme().map(Path::toString).orElse(null) : themeFile;
        projectLabels = project.labels();
    }

    /** The project file's labels files, checked to exist; read before those of {@code --labels}. */
    private List<Path> projectLabels = List.of();

    /** The labels files to read, in order: the project file's, then {@code --labels} (later files win). */
    private List<String> labelFilesToRead() {
        List<String> names = new ArrayList<>();
        projectLabels.forEach(file -> names.add(file.toString()));
        names.addAll(labelFiles);
        return names;
    }

    static RendererRegistry discoverRenderers() {
        try {
            return RendererRegistry.discover();
        } catch (IllegalStateException | ServiceConfigurationError broken) {
            throw new UsageException("the renderers on the class path do not fit together: " + broken.getMessage());
        }
    }

    /** The providers of the formats asked for, in the order asked for; every format when none was. */
    private List<RendererProvider> selectProviders(RendererRegistry registry) {
        if (registry.formats().isEmpty()) {
            throw new UsageException("no renderers were found on the class path; is the jar complete?");
        }
        if (formats.isEmpty()) {
            return registry.providers();
        }
        List<RendererProvider> selected = new ArrayList<>();
        for (String format : new LinkedHashSet<>(formats)) {
            String name = format.strip();
            if (name.isEmpty()) {
                throw new UsageException("--format needs format names such as pdf,csv,html");
            }
            try {
                selected.add(registry.provider(name));
            } catch (InvalidOptionException unknown) {
                throw new UsageException("--format: " + unknown.getMessage());
            }
        }
        return selected;
    }


    private RenderOptions renderOptions(Region region, Instant moment) {
        RenderOptions options = RenderOptions.at(moment).withLanguages(languages.stream().map(String::strip).distinct()
                .toList());
        try {
            options.languagesFor(region);
        } catch (IllegalArgumentException unknownLanguage) {
            throw new UsageException("--lang: " + unknownLanguage.getMessage());
        }
        return options;
    }

    /**
     * Prints the problems of one input file; returns why it stops the render ("region.yaml has 2 errors"),
     * if it does.
     */
    private Optional<String> check(String name, List<Problem> problems, boolean usable, PrintWriter stdout,
            PrintWriter stderr) {
        ProblemReporter reporter = new ProblemReporter(ProblemFormat.TEXT, stdout, stderr, Optional.empty());
        reporter.report(problems);
        if (usable && reporter.errors() == 0 && !(failOnWarning && reporter.warnings() > 0)) {
            return Optional.empty();
        }
        return Optional.of(name + " has " + ProblemReporter.counted(reporter.errors(), reporter.warnings())
                + (reporter.errors() == 0 && usable ? " and --fail-on-warning" : ""));
    }

    /** One renderer per format, configured with the settings; a provider that fails is a render failure. */
    private static Map<String, Renderer> createRenderers(List<RendererProvider> providers, RendererSettings settings) {
        Map<String, Renderer> renderers = new LinkedHashMap<>();
        for (RendererProvider provider : providers) {
            try {
                renderers.put(provider.format(), provider.create(settings));
            } catch (RuntimeException failure) {
                throw new RenderFailure(provider.format(), failure);
            }
        }
        return renderers;
    }

    private static int terminalWidth(Environment environment) {
        try {
            return Integer.parseInt(environment.variable("COLUMNS").orElse("80").strip());
        } catch (NumberFormatException notANumber) {
            return 80;
        }
    }
}
