/**
 * A print-ready PDF brochure of a region: cover, contents, overview with a chart, one chapter per sector,
 * an A–Z register, running headers, bookmarks and metadata; one file {@code <region-id>-<lang>.pdf} per
 * language.
 *
 * <p>Configure a {@link io.github.clusterfolio.render.pdf.PdfBrochureRenderer} once with its builder (theme,
 * subtitles, PDF/A, fallback fonts) and use it from any number of threads. The command line reaches the
 * same settings through {@link io.github.clusterfolio.render.pdf.PdfRendererProvider}, which reads a
 * {@link io.github.clusterfolio.render.Theme} and {@link io.github.clusterfolio.render.pdf.PdfOptions} from
 * the {@link io.github.clusterfolio.render.RendererSettings}.
 */
package io.github.clusterfolio.render.pdf;
