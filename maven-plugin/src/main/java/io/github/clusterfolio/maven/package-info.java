/**
 * The clusterfolio Maven plugin: {@code clusterfolio:validate} and {@code clusterfolio:render}, configured by the
 * project file {@code clusterfolio.yaml} in the base directory or by the same settings in the plugin's
 * configuration. Renderer options come from the renderers' own declarations, so a renderer added as a plugin
 * dependency brings its options along.
 */
@NullMarked
package io.github.clusterfolio.maven;

import org.jspecify.annotations.NullMarked;
