/** Reads and validates clusterfolio YAML (format versions 1 and 1.1) into the model. */
module io.github.clusterfolio.loader {
    requires static org.jspecify;
    requires transitive io.github.clusterfolio.model;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;
    requires org.commonmark;

    exports io.github.clusterfolio.loader;
}
