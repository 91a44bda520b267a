/** The loader's implementation: a YAML event cursor with positions, one reader per format and part, and problem
 * collection. Not exported. */
@NullMarked
package io.github.clusterfolio.loader.internal;

import org.jspecify.annotations.NullMarked;
