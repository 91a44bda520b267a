/** Reads and validates clusterfolio YAML (format version 1) into the model. */
module io.github.clusterfolio.loader {
    requires static org.jspecify;
    requires transitive io.github.clusterfolio.model;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;

    exports io.github.clusterfolio.loader;
}
