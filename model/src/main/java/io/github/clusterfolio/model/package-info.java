/**
 * The immutable model of one region's clusters and networks.
 *
 * <p>Every type checks its invariants in its constructor, so a {@link io.github.clusterfolio.model.Region}
 * is valid whoever builds it: the YAML loader, a test or an embedding application. Optional values are
 * {@link java.util.Optional}s, collections are unmodifiable copies and nothing is {@code null}.
 */
@NullMarked
package io.github.clusterfolio.model;

import org.jspecify.annotations.NullMarked;
