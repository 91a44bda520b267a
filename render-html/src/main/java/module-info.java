/**
 * The HTML renderer: safe, accessible HTML fragments of a region for a website's CMS, and a standalone
 * preview page per language. See {@link io.github.clusterfolio.render.html.HtmlFragmentRenderer}.
 */
module io.github.clusterfolio.render.html {
    requires static org.jspecify;
    requires transitive io.github.clusterfolio.model;
    requires owasp.encoder; // the jar's module-info names it so, not its manifest's org.owasp.encoder

    exports io.github.clusterfolio.render.html;

    provides io.github.clusterfolio.render.RendererProvider with
            io.github.clusterfolio.render.html.HtmlRendererProvider;
}
