package io.github.clusterfolio.maven.internal;

import io.github.clusterfolio.loader.Project;
import io.github.clusterfolio.loader.ProjectLoadResult;
import io.github.clusterfolio.loader.ProjectLoader;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Severity;
import io.github.clusterfolio.render.InvalidOptionException;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.RendererSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The plugin's own configuration, as Maven injected it: every setting of the project file, each {@code null} or
 * empty when not given. {@link #resolve} combines it with the project file.
 *
 * @param projectFile where the project file is looked for
 * @param data the region file
 * @param formats the formats
 * @param languages the languages
 * @param theme the theme file
 * @param labels labels files
 * @param options renderer options, {@code FORMAT.KEY} to value, such as {@code pdf.conformance} to {@code pdf-a-2b}
 * @param locations where the configuration's elements are written in the POM
 */
public record PluginConfiguration(
        Path projectFile,
        @Nullable Path data,
        List<String> formats,
        List<String> languages,
        @Nullable Path theme,
        List<Path> labels,
        Map<String, String> options,
        ConfigurationLocations locations) {

    /** Copies the collections. */
    public PluginConfiguration {
        formats = List.copyOf(formats);
        languages = List.copyOf(languages);
        labels = List.copyOf(labels);
        options = new TreeMap<>(options);
    }

    /**
     * The project file's settings (when the file exists) with this configuration's in their place; every problem
     * goes to {@code problems}, located in the project file or in the POM.
     *
     * @return the settings, or empty when there were errors
     */
    public Optional<BuildSettings> resolve(RendererRegistry registry, BuildProblems problems) {
        BuildSettings base;
        if (Files.isRegularFile(projectFile)) {
            ProjectLoadResult reading = ProjectLoader.of(registry).read(projectFile);
            problems.report(reading.problems());
            if (reading.project().isEmpty()) {
                return Optional.empty();
            }
            base = BuildSettings.of(reading.project().get());
        } else if (data != null) {
            base = new BuildSettings(Optional.empty(), data, List.of(), List.of(), Optional.empty(), List.of(),
                    RendererSettings.empty(), Map.of());
        } else {
            problems.error(problems.display(projectFile.toString()), "there is no " + Project.FILE_NAME
                    + " and the plugin configuration names no <data>; add one of them");
            return Optional.empty();
        }
        List<Problem> found = new ArrayList<>();
        for (String format : formats) {
            check(() -> registry.provider(format), found, "formats");
        }
        RendererSettings settings = base.settings();
        for (Map.Entry<String, String> option : options.entrySet()) {
            String key = option.getKey();
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                found.add(located("<options>: '" + key + "' is not FORMAT.KEY, such as <pdf.conformance>", "options",
                        key));
                continue;
            }
            try {
                settings = registry.withOption(settings, key.substring(0, dot), key.substring(dot + 1),
                        option.getValue() == null ? "" : option.getValue());
            } catch (InvalidOptionException invalid) {
                found.add(located(invalid.getMessage(), "options", key));
            }
        }
        if (!found.isEmpty()) {
            problems.report(found.stream().sorted().toList());
            return Optional.empty();
        }
        Map<String, String> written = new TreeMap<>(options);
        return Optional.of(new BuildSettings(
                base.projectFile(),
                data != null ? data : base.data(),
                formats.isEmpty() ? base.formats() : formats,
                languages.isEmpty() ? base.languages() : languages,
                theme != null ? Optional.of(theme) : base.theme(),
                labels.isEmpty() ? base.labels() : labels,
                settings,
                written));
    }

    private void check(Runnable lookUp, List<Problem> found, String element) {
        try {
            lookUp.run();
        } catch (InvalidOptionException invalid) {
            found.add(located(invalid.getMessage(), element));
        }
    }

    /** An error at the configuration element {@code path}, or at its parent when Maven kept no position for it. */
    private Problem located(String message, String... path) {
        ConfigurationLocations.Position position = locations.find(path)
                .or(() -> locations.find(path[0]))
                .orElse(new ConfigurationLocations.Position("pom.xml", 0, 0));
        return new Problem(Severity.ERROR, position.file(), position.line(), position.column(), String.join(".", path),
                message);
    }
}
