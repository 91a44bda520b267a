package io.github.clusterfolio.render.pdf;

/** The PDF standard a brochure is written to. */
public enum PdfConformance {
    /** Plain PDF 1.7, the default: opens everywhere and suits print shops and downloads. */
    PDF_1_7,
    /**
     * PDF/A-2b (ISO 19005-2, level B) for archiving: every font embedded, an sRGB output intent and XMP
     * metadata. The file is still PDF 1.7.
     */
    PDF_A_2B
}
