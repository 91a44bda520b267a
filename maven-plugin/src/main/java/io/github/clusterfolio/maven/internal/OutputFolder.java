package io.github.clusterfolio.maven.internal;

import io.github.clusterfolio.render.OutputSink;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The render goal's output folder, written as a whole: every format is rendered into a staging folder beside it,
 * which replaces the folder only when every format succeeded. A failed build leaves the previous output as it was.
 */
public final class OutputFolder {
    private final Path folder;
    private final Path staging;

    /** The output folder {@code folder}; its staging folder is {@code .NAME.staging} beside it. */
    public OutputFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.staging = this.folder.resolveSibling("." + this.folder.getFileName() + ".staging");
    }

    /** Starts a render: an empty staging folder. */
    public void begin() throws IOException {
        deleteRecursively(staging);
        Files.createDirectories(staging);
    }

    /** Where the files of {@code format} are written during the render. */
    public OutputSink sink(String format) {
        return OutputSink.directory(staging.resolve(format));
    }

    /** The number of files written so far. */
    public long fileCount() throws IOException {
        try (var files = Files.walk(staging)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** Replaces the output folder by the staging folder. */
    public void commit() throws IOException {
        deleteRecursively(folder);
        Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the staging folder after a failure. */
    public void abandon() {
        try {
            deleteRecursively(staging);
        } catch (IOException leftBehind) {
            // The next render empties it first.
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
