package io.github.clusterfolio.maven.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A SHA-256 over everything a render depends on: the bytes of every input file (project file, region, theme with
 * its fonts and logo, labels files), the settings, the renderers found and the plugin's own version and jar. Two
 * builds with the same fingerprint write the same files, so the second may skip rendering.
 */
public final class InputFingerprint {
    private final MessageDigest digest;

    private InputFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /** An empty fingerprint. */
    public static InputFingerprint start() {
        return new InputFingerprint();
    }

    /** Adds a value, such as a setting, under a name. */
    public InputFingerprint add(String name, Object value) {
        update(name + "=" + value + "\n");
        return this;
    }

    /** Adds a file's name and bytes; a file that cannot be read adds its absence, so reading it later reports it. */
    public InputFingerprint addFile(String name, Path file) {
        update("file " + name + "=" + file + "\n");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException unreadable) {
            update("unreadable\n");
        }
        return this;
    }

    /** The fingerprint as 64 hexadecimal digits; the object cannot be used afterwards. */
    public String finish() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The fingerprint stored by the last render, if any. */
    public static Optional<String> stored(Path stamp) {
        try {
            return Files.isRegularFile(stamp) ? Optional.of(Files.readString(stamp, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private void update(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
