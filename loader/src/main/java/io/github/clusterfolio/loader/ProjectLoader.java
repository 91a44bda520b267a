package io.github.clusterfolio.loader;

import io.github.clusterfolio.loader.internal.DocumentReading;
import io.github.clusterfolio.loader.internal.EventYamlFactory;
import io.github.clusterfolio.loader.internal.FileProblems;
import io.github.clusterfolio.loader.internal.GuardedInput;
import io.github.clusterfolio.loader.internal.ProblemCollector;
import io.github.clusterfolio.loader.internal.ProjectReader;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Severity;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.ThemeFileRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a project file ({@code clusterfolio.yaml}) into a {@link Project}, with the same precise problems as the
 * {@link RegionLoader}: {@code FILE:LINE:COLUMN}, every problem at once, "did you mean" for a name that is close.
 * Its renderer options are checked against the options the renderers of {@code registry} declare.
 *
 * <pre>{@code
 * format: clusterfolio-project/1
 * data: data/region.yaml          # required; paths are relative to this file
 * out: build/site                 # default out/
 * formats: [pdf, csv]             # default: every format found
 * languages: [de]                 # default: the region's
 * theme: theme.yaml               # optional
 * labels: [labels/sv.yaml]        # optional
 * options:                        # FORMAT: {KEY: VALUE}, as the renderers declare them (render --list-formats)
 *   pdf: {conformance: pdf-a-2b, subtitle: {de: Netzwerke im Nordwesten}}
 *   csv: {dialect: excel}
 *   html: {classPrefix: nw-, headingLevel: 3}
 * }</pre>
 *
 * <p>Configured once, thread-safe after.
 */
public final class ProjectLoader {
    private final LoaderLimits limits;
    private final RendererRegistry registry;
    private final EventYamlFactory factory;

    private ProjectLoader(LoaderLimits limits, RendererRegistry registry) {
        this.limits = limits;
        this.registry = registry;
        this.factory = EventYamlFactory.forLimits(limits);
    }

    /** A loader with the default limits that checks options against {@code registry}'s renderers. */
    public static ProjectLoader of(RendererRegistry registry) {
        return of(registry, LoaderLimits.DEFAULTS);
    }

    /** A loader with the given limits that checks options against {@code registry}'s renderers. */
    public static ProjectLoader of(RendererRegistry registry, LoaderLimits limits) {
        return new ProjectLoader(Objects.requireNonNull(limits, "limits"), Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Loads a project file.
     *
     * @throws LoadException when the file cannot be read or has errors
     */
    public Project load(Path file) {
        ProjectLoadResult result = read(file);
        if (result.project().isEmpty()) {
            throw new LoadException(result.problems());
        }
        return result.project().get();
    }

    /**
     * Reads a project file and returns the project (when there are no errors) with every problem; never throws for
     * bad input. A file that cannot be read is one problem at line 0, column 0.
     */
    public ProjectLoadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        Optional<String> notRegular = ThemeFileRules.notARegularFile(file);
        if (notRegular.isPresent()) {
            return unreadable(name, "cannot read the file: it " + notRegular.get());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(GuardedInput.ofBytes(in, limits.maxDocumentChars(), limits.maxValueChars()), file);
        } catch (IOException e) {
            return unreadable(name, FileProblems.cannotRead(e));
        }
    }

    /** Reads a project from a string, as if it were the file {@code file} (which need not exist); see {@link #read(Path)}. */
    public ProjectLoadResult read(String yaml, Path file) {
        Objects.requireNonNull(yaml, "yaml");
        return read(GuardedInput.ofText(yaml, limits.maxDocumentChars(), limits.maxValueChars()), file);
    }

    private ProjectLoadResult read(GuardedInput input, Path file) {
        ProblemCollector problems = new ProblemCollector(file.toString(), false, limits.maxProblems());
        Project project = DocumentReading.read(factory, input, limits, problems,
                cursor -> new ProjectReader(cursor, problems, file, registry).read());
        return new ProjectLoadResult(problems.hasErrors() ? Optional.empty() : Optional.ofNullable(project),
                problems.sorted());
    }

    private static ProjectLoadResult unreadable(String name, String message) {
        return new ProjectLoadResult(Optional.empty(), List.of(new Problem(Severity.ERROR, name, 0, 0, "", message)));
    }
}
