package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.render.pdf.PdfConformance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * A {@link PdfWriter} over a {@link TaggedDocument}, set up for a tagged PDF: OpenPDF's own
 * {@code PdfWriter.getInstance} always makes a plain page-flow document, so this does the same wiring with
 * ours. It also writes the XMP metadata with the PDF/UA identification, which OpenPDF's XMP writer lacks.
 */
final class TaggedPdfWriter extends PdfWriter {
    private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

    private final TaggedDocument flow;

    private TaggedPdfWriter(TaggedDocument flow, OutputStream out) {
        super(flow, out);
        this.flow = flow;
    }

    /** A tagged writer for {@code document} into {@code out}; call before {@code document.open()}. */
    static TaggedPdfWriter create(Document document, OutputStream out, PdfConformance conformance) {
        TaggedDocument flow = new TaggedDocument();
        flow.setTextRenderingOptions(document.getTextRenderingOptions());
        flow.setGlyphLayoutManager(document.getGlyphLayoutManager());
        document.addDocListener(flow);
        TaggedPdfWriter writer = new TaggedPdfWriter(flow, out);
        try {
            flow.addWriter(writer);
        } catch (DocumentException e) {
            throw new ExceptionConverter(e);
        }
        switch (conformance) {
            case PDF_A_2A -> writer.setPDFXConformance(PDFA2A);
            case PDF_A_2B -> writer.setPDFXConformance(PDFA2B);
            case PDF_UA_1 -> writer.setPdfVersion(VERSION_1_7);
        }
        // The structure tree adds a hundred thousand small objects to a brochure of 10,000 organisations. Object
        // streams (PDF 1.5, which PDF/A-2 and PDF/UA-1 allow) compress them, and the fastest deflate level
        // keeps the time down: the tagged file is smaller than the untagged one was (9.2 against 14.6 MB).
        writer.setFullCompression();
        writer.setCompressionLevel(1);
        writer.setTagged();
        // Tab order follows the structure on every page (PDF/UA-1, 7.18.3).
        writer.setTabs(PdfName.S);
        return writer;
    }

    /** The page-flow document this writer writes. */
    TaggedDocument flow() {
        return flow;
    }

    /**
     * Writes the XMP metadata from the document information, with the PDF/A identification where the writer has
     * one and the PDF/UA-1 identification always. PDF/A accepts the PDF/UA schema only when the packet
     * describes it, so the description comes along.
     */
    void writeXmpMetadata() {
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        try (XmpWriter writer = new XmpWriter(xmp, getInfo(), getPDFXConformance())) {
            writer.addRdfDescription("xmlns:pdfuaid=\"" + PDFUA_NAMESPACE + "\"", "<pdfuaid:part>1</pdfuaid:part>");
            writer.addRdfDescription("xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                    + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                    + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"",
                    "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
                    + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
                    + "<pdfaSchema:namespaceURI>" + PDFUA_NAMESPACE + "</pdfaSchema:namespaceURI>"
                    + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
                    + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
                    + "<pdfaProperty:name>part</pdfaProperty:name>"
                    + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
                    + "<pdfaProperty:category>internal</pdfaProperty:category>"
                    + "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>"
                    + "</rdf:li></rdf:Seq></pdfaSchema:property>"
                    + "</rdf:li></rdf:Bag></pdfaExtension:schemas>");
        } catch (IOException e) {
            throw new ExceptionConverter(e);
        }
        setXmpMetadata(xmp.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }
}
