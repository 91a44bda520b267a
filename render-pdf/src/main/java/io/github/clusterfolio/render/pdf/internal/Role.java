package io.github.clusterfolio.render.pdf.internal;

import org.openpdf.text.pdf.PdfName;

/** The standard structure types (ISO 32000-1, 14.8.4) the brochure uses; no role map is needed. */
enum Role {
    DOCUMENT("Document"),
    SECT("Sect"),
    H1("H1"),
    H2("H2"),
    H3("H3"),
    P("P"),
    SPAN("Span"),
    TOC("TOC"),
    TOCI("TOCI"),
    L("L"),
    LI("LI"),
    LBL("Lbl"),
    LBODY("LBody"),
    INDEX("Index"),
    TABLE("Table"),
    THEAD("THead"),
    TBODY("TBody"),
    TR("TR"),
    TH("TH"),
    TD("TD"),
    CAPTION("Caption"),
    FIGURE("Figure"),
    LINK("Link");

    final PdfName name;

    Role(String name) {
        this.name = new PdfName(name);
    }
}
