/** Argument checks and name suggestions shared inside the model, and with the loader through a qualified export.
 * Not part of the API. */
@NullMarked
package io.github.clusterfolio.model.internal;

import org.jspecify.annotations.NullMarked;
