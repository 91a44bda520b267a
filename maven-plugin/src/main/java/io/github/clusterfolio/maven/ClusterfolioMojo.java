package io.github.clusterfolio.maven;

import io.github.clusterfolio.loader.LabelsLoadResult;
import io.github.clusterfolio.loader.LabelsLoader;
import io.github.clusterfolio.loader.LoadResult;
import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.loader.ThemeLoadResult;
import io.github.clusterfolio.loader.ThemeLoader;
import io.github.clusterfolio.maven.internal.BuildProblems;
import io.github.clusterfolio.maven.internal.BuildSettings;
import io.github.clusterfolio.maven.internal.ConfigurationLocations;
import io.github.clusterfolio.maven.internal.PluginConfiguration;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Severity;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * What both goals share: the settings (the project file, with the plugin configuration in its place), the
 * renderers found in the plugin's class realm (a renderer added as a plugin dependency is a new format), and the
 * checked region and theme. Problems are logged as {@code [ERROR] FILE:LINE:COLUMN: message} and fail the build
 * with a one-line summary; warnings fail it only with {@code failOnWarning}.
 */
abstract class ClusterfolioMojo extends AbstractMojo {
    /** The project's base directory; file names in messages are relative to it. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    /** The project file. Its settings apply unless the configuration below gives its own. */
    @Parameter(property = "clusterfolio.project", defaultValue = "${basedir}/clusterfolio.yaml")
    File projectFile;

    /** The region file (format clusterfolio/1); required when there is no project file. */
    @Parameter(property = "clusterfolio.data")
    @Nullable File data;

    /** The formats to render, such as {@code pdf}; default: the project file's, else every format found. */
    @Parameter
    @Nullable List<String> formats;

    /** The languages to render, such as {@code de}; default: the project file's, else the region's. */
    @Parameter
    @Nullable List<String> languages;

    /** A theme file (format clusterfolio-theme/1). */
    @Parameter
    @Nullable File theme;

    /** Labels files (format clusterfolio-labels/1). */
    @Parameter
    @Nullable List<File> labels;

    /**
     * Renderer options, one element per option named {@code FORMAT.KEY}, such as
     * {@code <pdf.conformance>pdf-a-2b</pdf.conformance>}; {@code clusterfolio render --list-formats} lists them.
     */
    @Parameter
    @Nullable Map<String, String> options;

    /** Treat a text missing in one of the region's languages as an error, not a warning. */
    @Parameter(property = "clusterfolio.strict", defaultValue = "false")
    boolean strict;

    /** Fail the build on warnings too. */
    @Parameter(property = "clusterfolio.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** Skip the goal. */
    @Parameter(property = "clusterfolio.skip", defaultValue = "false")
    boolean skip;

    /** The execution, whose configuration knows where each setting is written in the POM. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    @Nullable MojoExecution mojoExecution;

    /** The region, theme and labels, checked, with the settings they were read by. */
    record Checked(BuildSettings settings, Region region, Optional<Theme> theme, LabelCatalog labels,
            RendererRegistry registry) {}

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("clusterfolio: skipped (clusterfolio.skip)");
            return;
        }
        RendererRegistry registry = renderers();
        BuildProblems problems = new BuildProblems(basedir.toPath(), getLog()::error, getLog()::warn);
        Optional<BuildSettings> settings = configuration().resolve(registry, problems);
        failOnProblems(problems);
        run(settings.orElseThrow(), registry, problems);
    }

    /** The goal's work, with settings that have no errors. */
    abstract void run(BuildSettings settings, RendererRegistry registry, BuildProblems problems)
            throws MojoExecutionException, MojoFailureException;

    /**
     * Reads and checks the theme, the labels files and the region, failing the build on errors (or on warnings
     * with failOnWarning). Each labels file is laid over the catalogue the earlier ones made, as on the command line.
     */
    final Checked check(BuildSettings settings, RendererRegistry registry, BuildProblems problems)
            throws MojoFailureException {
        Optional<Theme> theme = Optional.empty();
        if (settings.theme().isPresent()) {
            ThemeLoadResult reading = ThemeLoader.defaults().read(settings.theme().get());
            problems.report(reading.problems());
            theme = reading.theme();
        }
        LabelCatalog labels = LabelCatalog.bundled();
        for (Path file : settings.labels()) {
            LabelsLoadResult reading = LabelsLoader.defaults().read(file, labels);
            problems.report(reading.problems());
            if (reading.labels().isPresent()) {
                labels = labels.with(reading.labels().get());
            }
        }
        LoadResult loaded = RegionLoader.builder().strict(strict).build().read(settings.data());
        problems.report(loaded.problems());
        if (loaded.region().isPresent()) {
            for (String language : loaded.region().get().languages()) {
                if (!labels.has(language)) {
                    problems.report(new Problem(Severity.WARNING, problems.display(settings.data().toString()), 0, 0,
                            "", "the region's language '" + language + "' has no labels, so its brochure, CSV headers"
                            + " and HTML use English words; add a labels file for it (format clusterfolio-labels/1,"
                            + " language: " + language + ") to the plugin's <labels> or the project file's labels"));
                }
            }
        }
        failOnProblems(problems);
        return new Checked(settings, loaded.region().orElseThrow(), theme, labels, registry);
    }

    /** Fails the build when there are errors, or warnings with {@code failOnWarning}. */
    final void failOnProblems(BuildProblems problems) throws MojoFailureException {
        if (problems.hasErrors() || (failOnWarning && problems.hasWarnings())) {
            throw new MojoFailureException("clusterfolio: " + problems.summary()
                    + (problems.hasErrors() ? "" : " and failOnWarning is set"));
        }
    }

    private PluginConfiguration configuration() {
        // Maven leaves a parameter that the POM does not set at null.
        return new PluginConfiguration(
                projectFile.toPath(),
                data == null ? null : data.toPath(),
                formats == null ? List.of() : formats,
                languages == null ? List.of() : languages,
                theme == null ? null : theme.toPath(),
                labels == null ? List.of() : labels.stream().map(File::toPath).toList(),
                options == null ? Map.of() : options,
                new ConfigurationLocations(mojoExecution == null ? null : mojoExecution.getConfiguration()));
    }

    /** Every renderer in the plugin's class realm: the built-in ones and those added as plugin dependencies. */
    private RendererRegistry renderers() throws MojoExecutionException {
        try {
            return RendererRegistry.discover(ClusterfolioMojo.class.getClassLoader());
        } catch (IllegalStateException | ServiceConfigurationError broken) {
            throw new MojoExecutionException("clusterfolio: the renderers among the plugin's dependencies do not fit"
                    + " together: " + broken.getMessage(), broken);
        }
    }
}
