package io.github.clusterfolio.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Writes each file under a root folder; rejects paths that would leave it. */
final class DirectoryOutputSink implements OutputSink {
    private final Path root;
    /** Folders already created: a render of 10,000 files into a few folders asks the file system once per folder. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    DirectoryOutputSink(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    @Override
    public OutputStream open(String path) throws IOException {
        Path target = resolve(root, path);
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        try {
            return new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
        } catch (NoSuchFileException folderRemovedMeanwhile) {
            Files.createDirectories(folder);
            return new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
        }
    }

    /** {@code root/path}, refusing paths that are not plain relative paths inside {@code root}. */
    static Path resolve(Path root, String path) {
        checkRelative(path);
        return root.resolve(path).normalize();
    }

    /**
     * Checks that {@code path} is a relative path of plain segments separated by {@code /}: not empty, not
     * absolute, no {@code .} or {@code ..} segment, no backslash or NUL.
     */
    static void checkRelative(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.contains("\\") || path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a relative output path: '" + path + "'");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("output path '" + path
                        + "' must be relative, with no empty, '.' or '..' segment");
            }
        }
    }
}
