package io.github.clusterfolio.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Writes each file under a root folder; rejects paths that would leave it. */
final class DirectoryOutputSink implements OutputSink {
    private final Path root;

    DirectoryOutputSink(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    @Override
    public OutputStream open(String path) throws IOException {
        Path target = resolve(root, path);
        Files.createDirectories(target.getParent());
        return new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
    }

    /** {@code root/path}, refusing absolute paths and paths that climb out of {@code root}. */
    static Path resolve(Path root, String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
            throw new IllegalArgumentException("not a relative output path: '" + path + "'");
        }
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output path '" + path + "' leaves the output folder");
        }
        return target;
    }
}
