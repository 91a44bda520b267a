/**
 * Reading clusterfolio YAML files into the model.
 *
 * <p>{@link io.github.clusterfolio.loader.RegionLoader} reads format version 1 from a path, a stream or a
 * string. Every problem of a file is collected in one pass as a {@link io.github.clusterfolio.model.Problem}
 * with its line and column; {@link io.github.clusterfolio.loader.RegionLoader#load(java.nio.file.Path)}
 * throws them together in one {@link io.github.clusterfolio.loader.LoadException}, while
 * {@link io.github.clusterfolio.loader.RegionLoader#read(java.nio.file.Path)} returns them with the region.
 */
package io.github.clusterfolio.loader;
