package io.github.clusterfolio.render;

import io.github.clusterfolio.model.Region;
import java.io.IOException;

/**
 * Turns a region into files of one format. Implementations are configured once (through a builder)
 * and are thread-safe afterwards: one instance may render many regions at the same time.
 */
public interface Renderer {

    /** The format's name, a lower-case slug such as {@code pdf}; also the output sub-folder's name. */
    String format();

    /**
     * Renders {@code region} and writes every file through {@code sink}, under relative paths such as
     * {@code metropolregion-nordwest-de.pdf} or {@code de/sectors/automotive.html}.
     *
     * @throws IOException when the sink fails
     * @throws RenderException when the region cannot be rendered with this renderer's settings
     * @throws IllegalArgumentException when the options ask for a language the region does not have
     */
    void render(Region region, RenderOptions options, OutputSink sink) throws IOException;

    /**
     * Whether each language's files depend on that language alone, and no two languages write the same path:
     * rendering the languages one at a time (with
     * {@link RenderOptions#withLanguages}), in any order or at the same time, writes the same files, byte for
     * byte, as one render of all of them. A caller may then render the languages on several threads at once.
     * {@code false} unless a renderer promises it; the HTML fragments, for one, link each language's preview to
     * the others rendered with it.
     */
    default boolean rendersLanguagesSeparately() {
        return false;
    }
}
