/**
 * The renderer service-provider interface.
 *
 * <p>A {@link io.github.clusterfolio.render.Renderer} turns a {@link io.github.clusterfolio.model.Region}
 * into named files written through an {@link io.github.clusterfolio.render.OutputSink}. Renderers are
 * obtained in one of two ways: constructed directly through each renderer module's builder, or found by
 * format name in a {@link io.github.clusterfolio.render.RendererRegistry}, which discovers every
 * {@link io.github.clusterfolio.render.RendererProvider} on the class or module path.
 */
@NullMarked
package io.github.clusterfolio.render;

import org.jspecify.annotations.NullMarked;
