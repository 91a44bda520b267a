/**
 * Reading clusterfolio YAML files into the model.
 *
 * <p>{@link io.github.clusterfolio.loader.RegionLoader} reads format versions 1 and 1.1 from a path, a stream or a
 * string. Every problem of a file is collected in one pass as a {@link io.github.clusterfolio.model.Problem}
 * with its line, column and path; {@link io.github.clusterfolio.loader.RegionLoader#load(java.nio.file.Path)}
 * throws them together in one {@link io.github.clusterfolio.loader.LoadException}, while
 * {@link io.github.clusterfolio.loader.RegionLoader#read(java.nio.file.Path)} returns them with the region
 * in a {@link io.github.clusterfolio.loader.LoadResult}. {@link io.github.clusterfolio.loader.LoaderLimits}
 * bound what one document may cost.
 *
 * <p>{@link io.github.clusterfolio.loader.ThemeLoader} reads a theme file (colours, fonts, logo, page) into
 * a {@link io.github.clusterfolio.render.Theme} the same way, and
 * {@link io.github.clusterfolio.loader.RegionSchema} gives the format's JSON Schema for editors.
 */
@NullMarked
package io.github.clusterfolio.loader;

import org.jspecify.annotations.NullMarked;
