/**
 * HTML output of a region: {@link io.github.clusterfolio.render.html.HtmlFragmentRenderer} writes safe,
 * accessible fragments for a website's CMS (the sectors overview, one per sector, one per organisation)
 * and a standalone preview page; {@link io.github.clusterfolio.render.html.HtmlRendererProvider} registers
 * it as the format {@code html}. Its fixed words come from the shared
 * {@link io.github.clusterfolio.render.text.LabelCatalog}.
 */
@NullMarked
package io.github.clusterfolio.render.html;

import org.jspecify.annotations.NullMarked;
