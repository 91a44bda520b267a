package io.github.clusterfolio.render.pdf;

/**
 * The standards a brochure is written to. Every brochure is a tagged PDF that conforms to PDF/UA-1 (ISO
 * 14289-1): a logical structure in reading order, headings, tables, lists, links and figures with alternative
 * text, the language of every text, and decoration marked as such. The values differ only in whether the file
 * is also archival PDF/A-2 (ISO 19005-2), and at which level.
 */
public enum PdfConformance {
    /** PDF 1.7 and PDF/UA-1, the default: accessible, and suited to print shops and downloads alike. */
    PDF_UA_1,
    /**
     * PDF/A-2b and PDF/UA-1: archival at level B (every font embedded, an sRGB output intent, XMP metadata),
     * and still tagged and accessible.
     */
    PDF_A_2B,
    /**
     * PDF/A-2a and PDF/UA-1: archival at level A, which requires the tagged structure and Unicode text, the
     * combination that both archives and accessibility offices ask for.
     */
    PDF_A_2A;

    /**
     * The value's name in the {@code conformance} option: {@code pdf-ua-1}, {@code pdf-a-2b} or {@code pdf-a-2a}.
     */
    public String optionName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
