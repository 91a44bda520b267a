package io.github.clusterfolio.cli;

import io.github.clusterfolio.render.RenderException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.NullUnmarked;

/** Turns exceptions into the short sentences a user reads instead of a stack trace. */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class Failures {
    private static final int MAX_CAUSES = 5;

    private Failures() {}

    /** One sentence for {@code failure}, without its causes. */
    static String describe(Throwable failure) {
        return switch (failure) {
            case UsageException usage -> usage.getMessage();
            case OutputException output -> output.getMessage();
            case RenderFailure render -> render.getMessage();
            case RenderException render -> message(render);
            case UncheckedIOException unchecked when unchecked.getCause() != null -> describe(unchecked.getCause());
            case NoSuchFileException missing -> "no such file or folder: " + missing.getFile();
            case AccessDeniedException denied -> "permission denied: " + denied.getFile();
            case FileAlreadyExistsException exists -> "already exists: " + exists.getFile();
            case NotDirectoryException notFolder -> "not a folder: " + notFolder.getFile();
            case DirectoryNotEmptyException notEmpty -> "folder not empty: " + notEmpty.getFile();
            case FileSystemException system -> fileSystem(system);
            case IOException io -> message(io);
            case OutOfMemoryError memory -> "out of memory; give Java more, for example with the environment variable"
                    + " JAVA_TOOL_OPTIONS=-Xmx2g";
            case StackOverflowError overflow -> "internal error: the stack overflowed";
            default -> "internal error: " + failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        };
    }

    /** The causes of {@code failure}, one sentence each, leaving out those the sentences before already say. */
    static List<String> causes(Throwable failure) {
        List<String> said = new ArrayList<>();
        said.add(describe(failure));
        List<String> causes = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(failure);
        for (Throwable cause = failure.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof UncheckedIOException && cause.getCause() != null) {
                continue;
            }
            String sentence = stripInternal(describe(cause));
            if (said.stream().noneMatch(earlier -> earlier.contains(sentence))) {
                said.add(sentence);
                causes.add(sentence);
                if (causes.size() == MAX_CAUSES) {
                    break;
                }
            }
        }
        return causes;
    }

    /** Whether {@code failure} is a bug rather than a problem with the input, the files or the machine. */
    static boolean isInternal(Throwable failure) {
        return switch (failure) {
            case RenderFailure render -> render.getCause() != null && isInternal(render.getCause());
            case UsageException usage -> false;
            case RenderException render -> false;
            case IOException io -> false;
            case UncheckedIOException io -> false;
            case OutOfMemoryError memory -> false;
            default -> true;
        };
    }

    private static String fileSystem(FileSystemException failure) {
        StringBuilder sentence = new StringBuilder();
        if (failure.getFile() != null) {
            sentence.append(failure.getFile());
        }
        if (failure.getOtherFile() != null) {
            sentence.append(" -> ").append(failure.getOtherFile());
        }
        String reason = failure.getReason() != null ? failure.getReason() : failure.getClass().getSimpleName();
        return sentence.isEmpty() ? reason : sentence.append(": ").append(reason).toString();
    }

    private static String message(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    private static String stripInternal(String sentence) {
        return sentence.startsWith("internal error: ") ? sentence.substring("internal error: ".length()) : sentence;
    }
}
