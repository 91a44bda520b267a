package io.github.clusterfolio.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of format versions 1 and 1.1, for editors with the YAML language server: it
 * gives completion, descriptions and checks while typing. Point the editor at it with a first line such
 * as {@code # yaml-language-server: $schema=clusterfolio-1.schema.json}.
 *
 * <p>The schema checks what a schema can: keys, kinds of values, ids, language tags, web addresses. What
 * needs the whole document (unique ids, references to sectors, translations) and what YAML hides from a
 * schema (duplicate keys, anchors, aliases) only the {@link RegionLoader} checks.
 */
public final class RegionSchema {
    /** The schema's resource path inside the loader jar. */
    public static final String RESOURCE = "/io/github/clusterfolio/loader/clusterfolio-1.schema.json";

    private RegionSchema() {}

    /** The schema as JSON text. */
    public static String json() {
        return Holder.JSON;
    }

    private static final class Holder {
        static final String JSON = load();

        private static String load() {
            try (InputStream in = RegionSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the schema resource " + RESOURCE + " is missing from the jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the schema resource " + RESOURCE, e);
            }
        }
    }
}
