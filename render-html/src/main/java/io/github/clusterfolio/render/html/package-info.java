/**
 * HTML output of a region: {@link io.github.clusterfolio.render.html.HtmlFragmentRenderer} writes safe,
 * accessible fragments for a website's CMS (the sectors overview, one per sector, one per organisation)
 * and a standalone preview page; {@link io.github.clusterfolio.render.html.HtmlRendererProvider} registers
 * it as the format {@code html}; {@link io.github.clusterfolio.render.html.HtmlLabel} names the labels a
 * caller can replace per language.
 */
@NullMarked
package io.github.clusterfolio.render.html;

import org.jspecify.annotations.NullMarked;
