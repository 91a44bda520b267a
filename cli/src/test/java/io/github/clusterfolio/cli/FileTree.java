package io.github.clusterfolio.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder's complete content, for comparing before and after: every folder, and every file with its digest. */
final class FileTree {
    private FileTree() {}

    /**
     * Relative path → SHA-256 of the content, for files; relative path + {@code /} → {@code "folder"} for
     * folders, so that a folder left behind counts too; a symbolic link → where it points (never followed). Empty when {@code root} does not exist.
     */
    static SortedMap<String, String> snapshot(Path root) {
        SortedMap<String, String> entries = new TreeMap<>();
        if (!Files.exists(root)) {
            return entries;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                if (path.equals(root)) {
                    continue;
                }
                String name = root.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    entries.put(name, "link to " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(name + "/", "folder");
                } else {
                    entries.put(name, sha256(Files.readAllBytes(path)));
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return entries;
    }

    /** The files under {@code root}, relative, sorted. */
    static List<String> files(Path root) {
        return snapshot(root).keySet().stream().filter(name -> !name.endsWith("/")).toList();
    }

    /** Every path under {@code root} whose name marks it as a clusterfolio temporary file or folder. */
    static List<String> temporaryFiles(Path root) {
        return snapshot(root).keySet().stream()
                .filter(name -> Stream.of(name.split("/")).anyMatch(part -> part.startsWith(StagedOutput.TEMP_PREFIX)))
                .toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
