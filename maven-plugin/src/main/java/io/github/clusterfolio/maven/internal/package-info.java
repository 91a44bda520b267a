/** The plugin's implementation: settings, fingerprints of the inputs and the output folder; not an API. */
@NullMarked
package io.github.clusterfolio.maven.internal;

import org.jspecify.annotations.NullMarked;
