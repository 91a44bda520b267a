/**
 * The clusterfolio model: a region, its sectors, organisations and key figures, as immutable values
 * whose invariants hold by construction, and the service-provider interface that renderers implement.
 */
module io.github.clusterfolio.model {
    requires static org.jspecify;
    exports io.github.clusterfolio.model;
    exports io.github.clusterfolio.render;
    exports io.github.clusterfolio.render.text;
    // "did you mean" for the loader's messages; not part of the public API.
    exports io.github.clusterfolio.model.internal to io.github.clusterfolio.loader;

    uses io.github.clusterfolio.render.RendererProvider;
}
