/**
 * Implementation of the HTML renderer; not exported. {@link io.github.clusterfolio.render.html.internal.HtmlWriter}
 * owns tags, encoding and indentation, and one class per fragment writes on top of it
 * ({@link io.github.clusterfolio.render.html.internal.OverviewFragment},
 * {@link io.github.clusterfolio.render.html.internal.SectorFragment},
 * {@link io.github.clusterfolio.render.html.internal.OrganisationCard},
 * {@link io.github.clusterfolio.render.html.internal.PreviewPage}) with what a call shares in
 * {@link io.github.clusterfolio.render.html.internal.FragmentContext}; {@link io.github.clusterfolio.render.html.internal.SafeUrl} decides which addresses
 * may become links, and {@link io.github.clusterfolio.render.html.internal.Stylesheet} makes the themed stylesheet.
 */
@NullMarked
package io.github.clusterfolio.render.html.internal;

import org.jspecify.annotations.NullMarked;
