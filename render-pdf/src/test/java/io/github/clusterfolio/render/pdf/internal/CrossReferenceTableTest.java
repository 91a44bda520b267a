package io.github.clusterfolio.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.render.RenderException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * {@link CrossReferenceTable} puts a table written in another script's digits back in ASCII, leaves an ASCII
 * one as it is, and refuses a table it cannot vouch for instead of writing a damaged file.
 */
class CrossReferenceTableTest {

    /** A small PDF as OpenPDF writes it. */
    private static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("cross-reference"));
        document.close();
        return out.toByteArray();
    }

    /** The bytes with each ASCII digit of the table's entries replaced as OpenPDF writes a digit of {@code zero}'s script. */
    private static byte[] inScript(byte[] pdf, char zero) {
        byte[] copy = pdf.clone();
        String text = new String(copy, StandardCharsets.ISO_8859_1);
        int table = text.lastIndexOf("\nxref\n") + 1;
        int entries = text.indexOf('\n', table + 5) + 1;
        int trailer = text.indexOf("trailer", entries);
        for (int i = entries; i < trailer; i++) {
            if (copy[i] >= '0' && copy[i] <= '9') {
                copy[i] = (byte) (zero + (copy[i] - '0'));
            }
        }
        return copy;
    }

    @Test
    void anAsciiTableStaysByteForByte() {
        byte[] pdf = pdf();
        assertThat(CrossReferenceTable.withAsciiDigits(pdf)).isEqualTo(pdf);
    }

    @Test
    void arabicIndicPersianThaiAndDevanagariDigitsComeBackAsAscii() {
        byte[] pdf = pdf();
        for (char zero : new char[] {'\u0660', '\u06f0', '\u0e50', '\u0966', '\uff10'}) {
            byte[] damaged = inScript(pdf, zero);
            assertThat(damaged).isNotEqualTo(pdf);
            assertThat(CrossReferenceTable.withAsciiDigits(damaged)).as("zero U+%04X", (int) zero).isEqualTo(pdf);
        }
    }

    @Test
    void digitsOfTwoScriptsInOneTableAreRefused() {
        byte[] pdf = inScript(pdf(), '\u0660');
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int lastEntry = text.indexOf("trailer", text.lastIndexOf("\nxref\n")) - 20;
        pdf[lastEntry] = '0';
        assertThatThrownBy(() -> CrossReferenceTable.withAsciiDigits(pdf)).isInstanceOf(RenderException.class)
                .hasMessageContaining("mixes digits of different scripts");
    }

    @Test
    void anOffsetThatMissesItsObjectIsRefused() {
        byte[] pdf = pdf();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int lastEntry = text.indexOf("trailer", text.lastIndexOf("\nxref\n")) - 20;
        pdf[lastEntry + 9] = (byte) (pdf[lastEntry + 9] == '9' ? '8' : pdf[lastEntry + 9] + 1);
        assertThatThrownBy(() -> CrossReferenceTable.withAsciiDigits(pdf)).isInstanceOf(RenderException.class)
                .hasMessageContaining("does not start");
    }

    @Test
    void aCrossReferenceStreamIsLeftAsItIs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        document.open();
        document.add(new Paragraph("cross-reference stream"));
        document.close();
        byte[] pdf = out.toByteArray();
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("\nxref\n");
        assertThat(CrossReferenceTable.withAsciiDigits(pdf)).isEqualTo(pdf);
    }

    @Test
    void aFileWithoutStartxrefIsRefused() {
        assertThatThrownBy(() -> CrossReferenceTable.withAsciiDigits("%PDF-1.7\n%%EOF\n".getBytes(
                StandardCharsets.US_ASCII))).isInstanceOf(RenderException.class).hasMessageContaining("startxref");
    }
}
