package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.pdf.PdfConformance;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class TaggingSpikeTest {
    @Test
    void spike() throws Exception {
        BrochureSettings settings = BrochureSettings.load(Theme.DEFAULT, List.of(), Map.of(), false);
        Typesetter type = new Typesetter(settings.fonts(), w -> {}, "de");
        Typesetter.Style body = new Typesetter.Style(Typesetter.Face.REGULAR, 10, Color.BLACK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        TaggedPdfWriter writer = TaggedPdfWriter.create(document, out, PdfConformance.PDF_UA_1);
        writer.setViewerPreferences(org.openpdf.text.pdf.PdfWriter.DisplayDocTitle);
        document.addTitle("Spike");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("de"));
        Structure structure = new Structure(writer, writer.flow());
        PdfContentByte canvas = writer.getDirectContent();
        Structure.artifact(canvas, () -> {
            canvas.rectangle(10, 10, 20, 20);
            canvas.fill();
        });
        structure.open(Role.SECT);
        PdfStructureElement h1 = structure.leaf(Role.H1);
        Paragraph heading = new Paragraph(type.phrase("Überschrift", body, 14));
        heading.setFont(type.font(body));
        structure.flow(h1, heading);
        for (int i = 0; i < 60; i++) {
            PdfStructureElement p = structure.leaf(Role.P);
            Paragraph paragraph = new Paragraph(type.phrase(("Ein langer Absatz Nummer " + i + " ").repeat(8), body, 12));
            paragraph.setFont(type.font(body));
            paragraph.setSpacingAfter(6);
            structure.flow(p, paragraph);
        }
        PdfStructureElement linkP = structure.open(Role.P);
        PdfStructureElement link = structure.leaf(Role.LINK);
        structure.close();
        Paragraph withLink = new Paragraph(12);
        withLink.setFont(type.font(body));
        for (Chunk chunk : type.chunks("→ example.org", body, null)) {
            chunk.setGenericTag(structure.link(link, new PdfAction("https://example.org/"), "https://example.org/"));
            withLink.add(chunk);
        }
        structure.flow(link, withLink);
        PdfStructureElement table = structure.open(Role.TABLE);
        PdfPTable pTable = new PdfPTable(2);
        pTable.setHeaderRows(1);
        for (int row = 0; row < 40; row++) {
            structure.open(Role.TR);
            for (int column = 0; column < 2; column++) {
                PdfStructureElement cellElement = structure.leaf(row == 0 ? Role.TH : Role.TD);
                if (row == 0) {
                    Structure.scope(cellElement, true);
                }
                PdfPCell cell = new PdfPCell();
                cell.setBorder(0);
                cell.addElement(structure.begin(cellElement));
                Paragraph text = new Paragraph(type.phrase("Zelle " + row + "/" + column, body, 12));
                text.setFont(type.font(body));
                cell.addElement(text);
                cell.addElement(structure.end());
                pTable.addCell(cell);
            }
            structure.close();
        }
        structure.close();
        structure.flowMarked(pTable);
        structure.close();
        document.newPage();
        PdfStructureElement columnP = structure.leaf(Role.P);
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(50, 50, 300, 700);
        column.addElement(structure.begin(columnP));
        Paragraph inColumn = new Paragraph(type.phrase("Spalte ".repeat(30), body, 12));
        inColumn.setFont(type.font(body));
        column.addElement(inColumn);
        column.addElement(structure.end());
        column.go();
        writer.setPageEmpty(false);
        writer.writeXmpMetadata();
        document.close();
        Files.write(Path.of("/tmp/spike.pdf"), out.toByteArray());
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(out.toByteArray()),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() != TestAssertion.Status.PASSED) {
                    System.out.println("FAIL " + assertion.getRuleId() + " " + assertion.getMessage() + " @ "
                            + assertion.getLocation().getContext());
                }
            }
            System.out.println("COMPLIANT " + result.isCompliant());
        }
    }
}
