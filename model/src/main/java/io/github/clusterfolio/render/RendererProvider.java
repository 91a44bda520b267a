package io.github.clusterfolio.render;

import java.util.List;

/**
 * Makes renderers of one format; registered with {@link java.util.ServiceLoader} ({@code provides} in
 * {@code module-info.java} and {@code META-INF/services}) so that a renderer in any jar on the path
 * becomes a new format without changes to the caller.
 */
public interface RendererProvider {

    /** The format's name, a lower-case slug such as {@code pdf}; unique among the providers found. */
    String format();

    /** One line for {@code --list-formats}, such as "PDF brochure for print, one file per language". */
    String description();

    /**
     * The options this format accepts, in the order help texts list them; none unless overridden. Names are
     * unique within the format. {@link #create} reads their values with {@link RendererSettings#option}.
     */
    default List<RendererOption<?>> options() {
        return List.of();
    }

    /** A renderer configured from the settings this provider knows, defaults for the rest. */
    Renderer create(RendererSettings settings);
}
