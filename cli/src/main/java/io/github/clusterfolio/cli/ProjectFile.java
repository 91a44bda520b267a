package io.github.clusterfolio.cli;

import io.github.clusterfolio.loader.Project;
import io.github.clusterfolio.loader.ProjectLoadResult;
import io.github.clusterfolio.loader.ProjectLoader;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.RendererRegistry;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The project file that {@code render} and {@code validate} use: the one {@code --project} names, or else
 * {@code clusterfolio.yaml} in the working folder when no region FILE is given. Without either they behave as
 * they did before project files existed.
 */
final class ProjectFile {
    private ProjectFile() {}

    /**
     * Which project file applies, if any.
     *
     * @param option the value of {@code --project}, or {@code null}
     * @param fileGiven whether the user named a region FILE, which turns off the look-up in the working folder
     * @throws UsageException when {@code --project} names no regular file
     */
    static Optional<Path> locate(@Nullable String option, boolean fileGiven) {
        if (option != null) {
            Path path;
            try {
                path = Path.of(option);
            } catch (InvalidPathException invalid) {
                throw new UsageException("--project '" + option + "' is not a valid file name: " + invalid.getReason());
            }
            if (!Files.isRegularFile(path)) {
                throw new UsageException(Files.isDirectory(path)
                        ? "--project " + option + " is a folder; name a file such as " + option + "/" + Project.FILE_NAME
                        : "--project: no such file: " + option);
            }
            return Optional.of(path);
        }
        Path inWorkingFolder = Path.of(Project.FILE_NAME);
        return fileGiven || !Files.isRegularFile(inWorkingFolder) ? Optional.empty() : Optional.of(inWorkingFolder);
    }

    /** Reads and checks the project file against the renderers' option declarations. */
    static ProjectLoadResult read(Path file, RendererRegistry registry) {
        return ProjectLoader.of(registry).read(file);
    }

    /** The project file's languages that {@code region} does not have, each an error at its place in the file. */
    static List<Problem> missingLanguages(Project project, Region region) {
        return project.languages().stream()
                .filter(language -> !region.languages().contains(language))
                .map(language -> project.languageProblem(language, "region '" + region.id() + "' has no language '"
                        + language + "'; its languages are " + String.join(", ", region.languages())))
                .toList();
    }
}
