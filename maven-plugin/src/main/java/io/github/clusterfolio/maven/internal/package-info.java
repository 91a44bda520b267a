/** The plugin's implementation: settings, fingerprints of the inputs and the output folder; not an API. */
package io.github.clusterfolio.maven.internal;
