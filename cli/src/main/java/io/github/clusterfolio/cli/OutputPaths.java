package io.github.clusterfolio.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Path rules inside the output folder that keep every write and every removal inside it: no step follows
 * a symbolic link. A link where a folder of the output belongs is refused before anything changes; a link
 * where a file belongs is treated as a file (replaced, or removed by {@code --clean}, itself — never what it
 * points to).
 */
final class OutputPaths {
    private OutputPaths() {}

    /**
     * Checks that every folder between {@code out} and the file {@code relative} is a real folder or missing,
     * and that no folder stands where the file belongs.
     *
     * @param display how to name a path of the output in messages
     * @throws OutputException naming the link, file or folder in the way
     */
    static void checkWritable(Path out, String relative, Function<String, String> display, OutputSurvey survey)
            throws OutputException {
        String[] parts = relative.split("/");
        Path current = out;
        StringBuilder sofar = new StringBuilder();
        for (int index = 0; index < parts.length; index++) {
            current = current.resolve(parts[index]);
            sofar.append(index == 0 ? "" : "/").append(parts[index]);
            boolean last = index == parts.length - 1;
            OutputSurvey.Kind kind = survey.kind(current);
            if (kind == OutputSurvey.Kind.LINK) {
                if (last) {
                    return;
                }
                throw new OutputException("cannot write " + display.apply(relative) + ": " + display.apply(sofar.toString())
                        + " is a symbolic link, and clusterfolio never writes through a link out of the output folder;"
                        + " replace the link with a folder, or name the link's target with --out");
            }
            if (kind == OutputSurvey.Kind.MISSING) {
                return;
            }
            boolean folder = kind == OutputSurvey.Kind.FOLDER;
            if (!last && !folder) {
                throw new OutputException("cannot write " + display.apply(relative) + ": " + display.apply(sofar.toString())
                        + " is a file, not a folder; move it away and run again");
            }
            if (last && folder) {
                throw new OutputException("cannot write " + display.apply(relative) + ": a folder of that name is in the"
                        + " way; move it away and run again");
            }
        }
    }

    /** Checks that {@code OUT/<format>} is a real folder or missing, before {@code --clean} looks into it. */
    static void checkFormatFolder(Path out, String format, Function<String, String> display)
            throws OutputException {
        if (Files.isSymbolicLink(out.resolve(format))) {
            throw new OutputException("cannot write " + display.apply(format) + ": it is a symbolic link, and clusterfolio"
                    + " never writes through a link out of the output folder; replace the link with a folder, or name"
                    + " the link's target with --out");
        }
    }

    /**
     * Every entry under {@code root} that is not a folder — files, and links of any kind, which are not
     * followed — as relative paths with {@code /}, sorted; empty when {@code root} is missing.
     */
    static List<String> files(Path root) throws IOException {
        return new ArrayList<>(fileSizes(root).keySet());
    }

    /** {@link #files} with the size of each, in bytes, from the one walk (a link's own size). */
    static SortedMap<String, Long> fileSizes(Path root) throws IOException {
        SortedMap<String, Long> files = new TreeMap<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                files.put(root.relativize(file).toString().replace('\\', '/'), attributes.size());
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** Every folder under {@code root}, {@code root} excluded, relative with {@code /}; links are not followed. */
    static List<String> folders(Path root) throws IOException {
        List<String> folders = new ArrayList<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return folders;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                if (!folder.equals(root)) {
                    folders.add(root.relativize(folder).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return folders;
    }

    /** Whether a journal's path stays inside the output folder: relative, without {@code ..} or empty parts. */
    static boolean staysInside(String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains("\0")) {
            return false;
        }
        for (String part : relative.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Deletes a folder and everything in it, without following symbolic links; nothing when it is gone. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                if (failure != null && !(failure instanceof NoSuchFileException)) {
                    throw failure;
                }
                Files.deleteIfExists(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
