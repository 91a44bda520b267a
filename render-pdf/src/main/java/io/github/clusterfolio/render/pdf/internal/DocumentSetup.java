package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.Labels;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jspecify.annotations.NullUnmarked;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The PDF around the pages: viewer preferences, page boxes, metadata and
 * language when the document opens, and at the end an identity derived from the content. One instance
 * per brochure: it watches the bytes written to compute that identity.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class DocumentSetup {
    private final MessageDigest digest = md5();
    private BufferedOutputStream watched;

    /**
     * {@code out}, with every byte written through it also going into the digest behind the file's id. OpenPDF
     * writes many objects a few bytes at a time; a buffer in front keeps that from costing a digest update each.
     */
    OutputStream watching(OutputStream out) {
        watched = new BufferedOutputStream(new DigestOutputStream(out, digest), 1 << 16);
        return watched;
    }

    /** Configures the writer, sets the metadata and opens the document. */
    void open(BrochureContext context) throws IOException {
        Document document = context.document();
        PdfWriter writer = context.writer();
        BrochureSettings settings = context.settings();
        PageGeometry geometry = context.geometry();
        Labels labels = context.labels();
        Region region = context.region();
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        // Justified lines get their extra room between words, not between letters.
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        writer.setBoxSize("trim", geometry.trim());
        if (geometry.bleedWidth() > 0) {
            writer.setBoxSize("bleed", geometry.bleed());
        }
        writer.setPageEvent(context.decorator());

        // Metadata is plain text on one line: no control characters, which XML (and so the XMP packet that
        // PDF/A and PDF/UA require) cannot carry even escaped.
        String name = Typesetter.oneLine(context.text(region.name()));
        String subtitle = Typesetter.oneLine(context.subtitle());
        document.addTitle(name + " – " + subtitle);
        document.addAuthor(name);
        document.addSubject(subtitle + " · " + labels.text(Label.EDITION, context.edition()));
        List<String> keywords = new ArrayList<>();
        keywords.add(labels.text(Label.KEYWORDS));
        region.sectors().forEach(sector -> keywords.add(Typesetter.oneLine(context.text(sector.name()))));
        document.addKeywords(String.join(", ", keywords));
        document.addCreator("clusterfolio");
        document.open();

        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(context.language()));
        PdfDate date = new PdfDate(calendar(context.timestamp()));
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        if (settings.pdfA()) {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    BrochureSettings.srgb());
        }
        context.startStructure();
    }

    /** Writes the XMP metadata, gives the file its identity and closes the document. */
    void close(BrochureContext context) {
        context.structure().finish();
        context.writer().writeXmpMetadata();
        identify(context);
        context.document().close();
    }

    /**
     * Gives the file an identity derived from its content rather than the clock or a random number: the
     * trailer /ID and the font-subset name prefixes come from a digest of the pages written so far, so the
     * same input gives the same bytes, and different input different ids.
     */
    private void identify(BrochureContext context) {
        try {
            watched.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] id = digest.digest();
        context.writer().getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        context.type().seedSubsetNames(ByteBuffer.wrap(id).getLong());
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    private static MessageDigest md5() {
        try {
            // MD5 as the PDF specification suggests for file identifiers; not used for security.
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
