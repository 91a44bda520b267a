/** The CSV exporter's implementation: columns, cells, escapes and the formula guard. Not exported. */
@NullMarked
package io.github.clusterfolio.render.csv.internal;

import org.jspecify.annotations.NullMarked;
