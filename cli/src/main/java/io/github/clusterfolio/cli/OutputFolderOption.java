package io.github.clusterfolio.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The value of {@code --out}: a folder that exists or can be created. Refuses, naming the real cause, a path
 * that is or lies under a file, a dangling symbolic link or a loop of links. A link to a folder is fine: the
 * user named it, and clusterfolio writes into the folder it points to (but never through links inside it).
 */
final class OutputFolderOption {
    private OutputFolderOption() {}

    /**
     * The output folder as a path.
     *
     * @throws UsageException when the path cannot be a folder
     */
    static Path outputFolder(String out) {
        Path folder;
        try {
            folder = Path.of(out);
        } catch (InvalidPathException invalid) {
            throw new UsageException("--out '" + out + "' is not a valid folder name: " + invalid.getReason());
        }
        if (out.isBlank()) {
            throw new UsageException("--out needs a folder name");
        }
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            // The formats' folders (pdf/, csv/, html/) would be made at the top of the disk, beside the system's.
            throw new UsageException("--out " + out + " is the root of the file system; name a folder of its own");
        }
        Path current = absolute.getRoot();
        for (Path name : absolute) {
            current = current.resolve(name);
            boolean isOut = current.equals(absolute);
            if (Files.isSymbolicLink(current) && !Files.exists(current)) {
                throw new UsageException(brokenLink(out, current, isOut));
            }
            if (!Files.exists(current)) {
                break;
            }
            if (!Files.isDirectory(current)) {
                throw new UsageException(isOut ? "the output folder " + out + " is a file; name a folder with --out"
                        : "the output folder " + out + " lies under " + shown(current) + ", which is a file; name a"
                                + " folder with --out");
            }
        }
        return folder;
    }

    /** The output folder as the user typed it, without trailing separators, for messages. */
    static String displayName(String out) {
        String trimmed = out;
        while (trimmed.length() > 1 && (trimmed.endsWith("/") || trimmed.endsWith("\\"))) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static String brokenLink(String out, Path link, boolean isOut) {
        String subject = isOut ? "the output folder " + out + " is" : "the output folder " + out + " lies under "
                + shown(link) + ", which is";
        try {
            link.toRealPath();
        } catch (FileSystemException loop) {
            if (loop.getReason() != null && loop.getReason().toLowerCase(Locale.ROOT).contains("levels")) {
                return subject + " a loop of symbolic links; name a folder with --out";
            }
        } catch (IOException other) {
            // Dangling: say where it points.
        }
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException unreadable) {
            target = "a path";
        }
        return subject + " a symbolic link to " + target + ", which does not exist; create that folder, or name"
                + " another one with --out";
    }

    private static String shown(Path path) {
        Path workingFolder = Path.of("").toAbsolutePath();
        return path.startsWith(workingFolder) ? workingFolder.relativize(path).toString() : path.toString();
    }
}
