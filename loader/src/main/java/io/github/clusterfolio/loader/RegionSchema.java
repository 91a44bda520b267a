package io.github.clusterfolio.loader;

/** The JSON Schema of format version 1, for editors with the YAML language server. */
public final class RegionSchema {
    /** The schema's resource path inside the loader jar. */
    public static final String RESOURCE = "/io/github/clusterfolio/loader/clusterfolio-1.schema.json";

    private RegionSchema() {}

    /** The schema as JSON text. */
    public static String json() {
        throw new UnsupportedOperationException("schema not written yet");
    }
}
