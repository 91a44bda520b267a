package io.github.clusterfolio.maven;

import io.github.clusterfolio.maven.internal.BuildProblems;
import io.github.clusterfolio.maven.internal.BuildSettings;
import io.github.clusterfolio.maven.internal.InputFingerprint;
import io.github.clusterfolio.maven.internal.OutputFolder;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Severity;
import io.github.clusterfolio.render.InvalidOptionException;
import io.github.clusterfolio.render.RenderException;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code clusterfolio:render}: checks the inputs as {@code clusterfolio:validate} does, then renders every format
 * into {@code outputDirectory} ({@code target/clusterfolio} by default), which is replaced as a whole only when
 * every format succeeded. When no input changed since the last render (files, settings, renderers, plugin), it
 * says so and renders nothing.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class RenderMojo extends ClusterfolioMojo {
    /** Where the files go: {@code pdf/…}, {@code csv/…}, {@code html/…}. */
    @Parameter(property = "clusterfolio.outputDirectory", defaultValue = "${project.build.directory}/clusterfolio")
    File outputDirectory;

    /**
     * The date written into the files, for reproducible output: by default the build's own
     * {@code project.build.outputTimestamp} (an ISO date-time or seconds since 1970); without one, the time of the
     * build.
     */
    @Parameter(property = "clusterfolio.timestamp", defaultValue = "${project.build.outputTimestamp}")
    @Nullable String timestamp;

    /** Render even when no input changed. */
    @Parameter(property = "clusterfolio.force", defaultValue = "false")
    boolean force;

    /** The plugin itself, whose version and jar are inputs of the render. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    @Nullable PluginDescriptor plugin;

    /** For Maven. */
    public RenderMojo() {}

    @Override
    void run(BuildSettings settings, RendererRegistry registry, BuildProblems problems)
            throws MojoExecutionException, MojoFailureException {
        Optional<Instant> fixedTime = fixedTime();
        Path folder = outputDirectory.toPath();
        Path stamp = folder.toAbsolutePath().resolveSibling("." + folder.getFileName() + ".inputs");
        String display = problems.display(folder.toString());
        Checked checked = check(settings, registry, problems);
        String fingerprint = fingerprint(checked, fixedTime);
        if (!force && Files.isDirectory(folder) && InputFingerprint.stored(stamp).filter(fingerprint::equals).isPresent()) {
            getLog().info("clusterfolio: " + display + " is up to date (no input changed); nothing rendered");
            return;
        }
        List<RendererProvider> providers = selected(settings, registry);
        RenderOptions options = RenderOptions.at(fixedTime.orElseGet(Instant::now)).withLanguages(settings.languages());
        try {
            options.languagesFor(checked.region());
        } catch (IllegalArgumentException unknownLanguage) {
            problems.error(problems.display(settings.projectFile().map(Path::toString).orElse("pom.xml")),
                    String.valueOf(unknownLanguage.getMessage()));
            failOnProblems(problems);
        }
        List<String> warnings = new ArrayList<>();
        options = options.withWarnings(warning -> {
            synchronized (warnings) {
                warnings.add(warning);
            }
        });
        OutputFolder output = new OutputFolder(folder);
        try {
            output.begin();
            for (RendererProvider provider : providers) {
                Renderer renderer = provider.create(checked.settings().settings()
                        .with(Theme.class, checked.theme().orElse(Theme.DEFAULT))
                        .with(LabelCatalog.class, checked.labels()));
                renderer.render(checked.region(), options, output.sink(provider.format()));
            }
            for (String warning : warnings) {
                problems.report(new Problem(Severity.WARNING, problems.display(settings.data().toString()), 0, 0, "",
                        warning));
            }
            failOnProblems(problems);
            long files = output.fileCount();
            output.commit();
            Files.writeString(stamp, fingerprint + "\n", StandardCharsets.UTF_8);
            getLog().info("clusterfolio: rendered " + checked.region().text(checked.region().name(),
                    checked.region().defaultLanguage()) + " (" + String.join(", ", options.languagesFor(checked.region()))
                    + ") as " + String.join(", ", providers.stream().map(RendererProvider::format).toList()) + " into "
                    + display + ": " + files + " files");
        } catch (IOException | RenderException | IllegalStateException | IllegalArgumentException failure) {
            output.abandon();
            throw new MojoExecutionException("clusterfolio: rendering into " + display + " failed: "
                    + failure.getMessage(), failure);
        } catch (MojoFailureException failed) {
            output.abandon();
            throw failed;
        }
    }

    private static List<RendererProvider> selected(BuildSettings settings, RendererRegistry registry)
            throws MojoExecutionException {
        if (settings.formats().isEmpty()) {
            return registry.providers();
        }
        List<RendererProvider> providers = new ArrayList<>();
        for (String format : settings.formats()) {
            try {
                providers.add(registry.provider(format));
            } catch (InvalidOptionException checkedBefore) {
                throw new MojoExecutionException("clusterfolio: " + checkedBefore.getMessage(), checkedBefore);
            }
        }
        return providers;
    }

    /** The build's fixed time, if it has one. */
    private Optional<Instant> fixedTime() throws MojoFailureException {
        if (timestamp == null || timestamp.isBlank()) {
            return Optional.empty();
        }
        String value = timestamp.strip();
        try {
            return Optional.of(value.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(value))
                    : OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException | NumberFormatException wrong) {
            throw new MojoFailureException("clusterfolio: the timestamp '" + value + "' is neither an ISO date-time"
                    + " such as 2026-11-28T00:00:00Z nor a number of seconds since 1970");
        }
    }

    private String fingerprint(Checked checked, Optional<Instant> fixedTime) {
        BuildSettings settings = checked.settings();
        InputFingerprint fingerprint = InputFingerprint.start()
                .add("plugin", plugin == null ? "unknown" : plugin.getId())
                .add("formats", settings.formats())
                .add("languages", settings.languages())
                .add("options", settings.options())
                .add("strict", strict)
                .add("failOnWarning", failOnWarning)
                .add("time", fixedTime.map(Instant::toString).orElse("now"))
                .add("renderers", checked.registry().providers().stream()
                        .map(provider -> provider.format() + ":" + provider.getClass().getName()).toList());
        if (plugin != null && plugin.getPluginArtifact() != null && plugin.getPluginArtifact().getFile() != null) {
            fingerprint.addFile("plugin jar", plugin.getPluginArtifact().getFile().toPath());
        }
        settings.projectFile().ifPresent(file -> fingerprint.addFile("project", file));
        fingerprint.addFile("data", settings.data());
        settings.labels().forEach(file -> fingerprint.addFile("labels", file));
        settings.theme().ifPresent(file -> fingerprint.addFile("theme", file));
        checked.theme().ifPresent(theme -> {
            theme.fonts().regular().ifPresent(font -> fingerprint.addFile("font", font));
            theme.fonts().bold().ifPresent(font -> fingerprint.addFile("font", font));
            theme.fonts().italic().ifPresent(font -> fingerprint.addFile("font", font));
            theme.fonts().boldItalic().ifPresent(font -> fingerprint.addFile("font", font));
            theme.logo().ifPresent(logo -> fingerprint.addFile("logo", logo));
        });
        return fingerprint.finish();
    }
}
