package io.github.clusterfolio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where a renderer writes its files. The renderer opens one stream per file, writes it completely and
 * closes it; the sink decides where the bytes go (a folder, memory, a web response, a staging folder
 * that is moved into place at the end).
 */
@FunctionalInterface
public interface OutputSink {

    /**
     * Opens a new file for writing.
     *
     * @param path a relative path with {@code /} as separator, such as {@code de/sectors/automotive.html};
     *     never absolute and never containing {@code ..}
     * @return a stream the renderer writes to and closes
     * @throws IOException when the file cannot be created
     */
    OutputStream open(String path) throws IOException;

    /**
     * A sink that writes files under {@code directory}, creating folders as needed. It writes in place;
     * a caller that must never leave half-written files stages into a temporary folder and moves it.
     */
    static OutputSink directory(Path directory) {
        return new DirectoryOutputSink(directory);
    }
}
