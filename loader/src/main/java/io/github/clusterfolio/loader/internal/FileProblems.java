package io.github.clusterfolio.loader.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Messages for files that cannot be read, naming the operating system's reason. */
public final class FileProblems {
    private FileProblems() {}

    /** "cannot read the file: …" with the reason {@code e} gives. */
    public static String cannotRead(IOException e) {
        return "cannot read the file: " + reason(e);
    }

    /** The reason of {@code e} in a few words. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
