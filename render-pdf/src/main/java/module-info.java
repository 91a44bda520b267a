/**
 * The PDF brochure renderer: a print-ready brochure of a region, one file per language, made with OpenPDF.
 *
 * <p>Use {@link io.github.clusterfolio.render.pdf.PdfBrochureRenderer} directly, or let a
 * {@link io.github.clusterfolio.render.RendererRegistry} find it as the format {@code pdf}.
 */
module io.github.clusterfolio.render.pdf {
    requires static org.jspecify;
    requires transitive io.github.clusterfolio.model;
    requires com.github.librepdf.openpdf;
    requires com.github.librepdf.pdfFontsExtra;
    requires java.desktop;

    exports io.github.clusterfolio.render.pdf;

    provides io.github.clusterfolio.render.RendererProvider with
            io.github.clusterfolio.render.pdf.PdfRendererProvider;
}
