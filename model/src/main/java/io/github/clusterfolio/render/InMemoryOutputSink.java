package io.github.clusterfolio.render;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps every file in memory, by path. Useful in tests and in web applications that serve the output
 * directly. Safe for use by one renderer call at a time.
 */
public final class InMemoryOutputSink implements OutputSink {
    private final Map<String, ByteArrayOutputStream> files = new TreeMap<>();

    /** An empty sink. */
    public InMemoryOutputSink() {}

    @Override
    public synchronized OutputStream open(String path) {
        DirectoryOutputSink.checkRelative(path);
        if (files.containsKey(path)) {
            throw new IllegalStateException("'" + path + "' was already written");
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        files.put(path, buffer);
        return buffer;
    }

    /** The paths written so far, sorted. */
    public synchronized java.util.Set<String> paths() {
        return Collections.unmodifiableSet(new java.util.TreeSet<>(files.keySet()));
    }

    /** The bytes written to {@code path}. */
    public synchronized byte[] bytes(String path) {
        ByteArrayOutputStream buffer = files.get(path);
        if (buffer == null) {
            throw new IllegalArgumentException("nothing was written to '" + path + "'; written: " + files.keySet());
        }
        return buffer.toByteArray();
    }

    /** The text written to {@code path}, decoded as UTF-8. */
    public String text(String path) {
        return new String(bytes(path), java.nio.charset.StandardCharsets.UTF_8);
    }
}
