/**
 * Implementation of the HTML renderer; not exported. {@link io.github.clusterfolio.render.html.internal.FragmentWriter}
 * writes one call's markup, {@link io.github.clusterfolio.render.html.internal.SafeUrl} decides which addresses
 * may become links, {@link io.github.clusterfolio.render.html.internal.LabelCatalog} resolves labels per
 * language and {@link io.github.clusterfolio.render.html.internal.Stylesheet} makes the themed stylesheet.
 */
@NullMarked
package io.github.clusterfolio.render.html.internal;

import org.jspecify.annotations.NullMarked;
