package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.render.RenderException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.HyphenationEvent;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

/**
 * Lays out one brochure in one language. One instance per render call and language: it holds the
 * document being built and is thrown away afterwards.
 *
 * <p>Order: cover, contents, overview (region summary, sectors at a glance, chart of a shared key
 * figure), one chapter per sector (summary, key figures, organisations, cross references to organisations
 * whose main sector is another), register A–Z. Headings carry generic tags; the {@link PageDecorator}
 * records the page each lands on, makes the bookmarks and fills in page numbers at the end.
 */
public final class BrochureWriter {
    private static final String CONTENTS = "chapter:contents";
    private static final String OVERVIEW = "chapter:overview";
    private static final String REGISTER = "chapter:register";
    private static final int MOST_BARS = 40;
    /** Space above an organisation's entry and the indent of its text from the accent bar on its left. */
    private static final float ENTRY_GAP = 14;
    private static final float ENTRY_INDENT = 13;

    private final BrochureSettings settings;
    private final Region region;
    private final String language;
    private final Instant timestamp;
    private final Labels labels;
    private final Numbers numbers;
    private final Palette palette;
    private final PageGeometry geometry;
    private final Typesetter type;
    private final PageDecorator decorator;
    private final Map<String, Optional<PatternHyphenation>> hyphenations = new HashMap<>();
    private final MessageDigest digest = md5();

    private final Typesetter.Style body;
    private final Typesetter.Style lead;
    private final Typesetter.Style small;
    private final Typesetter.Style label;
    private final Typesetter.Style title;
    private final Typesetter.Style kicker;
    private final Typesetter.Style orgName;
    private final Typesetter.Style tocEntry;
    private final Typesetter.Style tocNumber;
    private final Typesetter.Style registerEntry;

    private final Consumer<String> warnings;

    private Document document;
    private PdfWriter writer;

    private BrochureWriter(
            BrochureSettings settings, Region region, String language, Instant timestamp, Consumer<String> warnings) {
        this.settings = settings;
        this.region = region;
        this.language = language;
        this.timestamp = timestamp;
        this.labels = Labels.forLanguage(language);
        this.numbers = new Numbers(labels);
        this.palette = Palette.of(settings.theme());
        this.geometry = PageGeometry.of(settings.theme());
        this.type = new Typesetter(settings.fonts(), warnings, language);
        this.warnings = warnings;
        float scale = geometry.scale();
        this.body = new Typesetter.Style(Typesetter.Face.REGULAR, 9.5f, palette.text());
        this.lead = new Typesetter.Style(Typesetter.Face.REGULAR, 11.5f * scale, palette.primary());
        this.small = new Typesetter.Style(Typesetter.Face.REGULAR, 8f, palette.muted());
        this.label = new Typesetter.Style(Typesetter.Face.BOLD, 7.5f, palette.accent(), 1.1f);
        this.title = new Typesetter.Style(Typesetter.Face.BOLD, 26f * scale, palette.primary());
        this.kicker = new Typesetter.Style(Typesetter.Face.BOLD, 8f, palette.accent(), 1.4f);
        this.orgName = new Typesetter.Style(Typesetter.Face.BOLD, 12.5f * scale, palette.primary());
        this.tocEntry = new Typesetter.Style(Typesetter.Face.REGULAR, 11f * scale, palette.text());
        this.tocNumber = new Typesetter.Style(Typesetter.Face.BOLD, 11f * scale, palette.accent());
        this.registerEntry = new Typesetter.Style(Typesetter.Face.REGULAR, 8.5f, palette.text());
        this.decorator = new PageDecorator(geometry, palette, type, labels, text(region.name()),
                text(region.name()) + " · " + labels.get("edition", edition()));
    }

    /**
     * Lays out the brochure of {@code region} in {@code language} in memory; the caller writes the buffer
     * with {@link ByteArrayOutputStream#writeTo}, without another copy.
     *
     * @throws RenderException when OpenPDF fails
     */
    public static ByteArrayOutputStream layOut(BrochureSettings settings, Region region, String language,
            Instant timestamp, Consumer<String> warnings) {
        // Sized from the region so that a large brochure is not copied again and again while it grows.
        int expected = (int) Math.min(Integer.MAX_VALUE - 8, 200_000L + 1_700L * region.organisations().size());
        ByteArrayOutputStream out = new ByteArrayOutputStream(expected);
        new BrochureWriter(settings, region, language, timestamp, warnings).write(out);
        return out;
    }

    private void write(ByteArrayOutputStream out) {
        try {
            open(out);
            cover();
            contents();
            overview();
            for (int index = 0; index < region.sectors().size(); index++) {
                sector(index, region.sectors().get(index));
            }
            if (!region.organisations().isEmpty()) {
                register();
            }
            writer.createXmpMetadata();
            identify();
            document.close();
        } catch (DocumentException | ExceptionConverter | IOException e) {
            throw new RenderException("could not render the " + language + " PDF brochure of region '" + region.id()
                    + "': " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Document set-up

    private void open(ByteArrayOutputStream out) throws IOException {
        document = new Document(geometry.media(), geometry.left(), geometry.right(), geometry.top(), geometry.bottom());
        writer = PdfWriter.getInstance(document, new DigestOutputStream(out, digest));
        if (settings.pdfA()) {
            writer.setPDFXConformance(PdfWriter.PDFA2B);
        } else {
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
        }
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        // Justified lines get their extra room between words, not between letters.
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        writer.setBoxSize("trim", geometry.trim());
        if (geometry.bleedWidth() > 0) {
            writer.setBoxSize("bleed", geometry.bleed());
        }
        writer.setPageEvent(decorator);

        String subtitle = subtitle();
        document.addTitle(text(region.name()) + " – " + subtitle);
        document.addAuthor(text(region.name()));
        document.addSubject(subtitle + " · " + labels.get("edition", edition()));
        List<String> keywords = new ArrayList<>();
        keywords.add(labels.get("keywords"));
        region.sectors().forEach(sector -> keywords.add(text(sector.name())));
        document.addKeywords(String.join(", ", keywords));
        document.addCreator("clusterfolio");
        document.open();

        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        PdfDate date = new PdfDate(calendar(timestamp));
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        if (settings.pdfA()) {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    BrochureSettings.srgb());
        }
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /**
     * Gives the file an identity derived from its content rather than the clock or a random number: the
     * trailer /ID and the font-subset name prefixes come from a digest of the pages written so far, so the
     * same input gives the same bytes, and different input different ids.
     */
    private void identify() {
        byte[] id = digest.digest();
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        type.seedSubsetNames(ByteBuffer.wrap(id).getLong());
    }

    private static MessageDigest md5() {
        try {
            // MD5 as the PDF specification suggests for file identifiers; not used for security.
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Cover

    private void cover() throws IOException {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle trim = geometry.trim();
        Rectangle bleed = geometry.bleed();
        float blockBottom = trim.getBottom() + trim.getHeight() * 0.38f;

        canvas.saveState();
        canvas.setColorFill(palette.primary());
        canvas.rectangle(bleed.getLeft(), blockBottom, bleed.getWidth(), bleed.getTop() - blockBottom);
        canvas.fill();
        // A band of the accent colour closes the block.
        canvas.setColorFill(palette.accent());
        canvas.rectangle(bleed.getLeft(), blockBottom - 5, bleed.getWidth(), 5);
        canvas.fill();
        canvas.restoreState();
        networkMotif(canvas, trim.getLeft() + trim.getWidth() * 0.42f, blockBottom + (trim.getTop() - blockBottom) * 0.5f,
                trim.getRight() - PageGeometry.mm(14), trim.getTop() - PageGeometry.mm(16));

        float textBottom = blockBottom + PageGeometry.mm(16);
        float textTop = trim.getTop() - PageGeometry.mm(20);
        // A name too long for the block at full size is set smaller until it fits, never cut off.
        float nameScale = 1;
        List<Element> inBlock = coverBlock(nameScale);
        while (!fits(canvas, inBlock, textBottom, textTop) && nameScale > MIN_COVER_NAME_SCALE) {
            nameScale *= 0.85f;
            inBlock = coverBlock(nameScale);
        }
        if (!fits(canvas, inBlock, textBottom, textTop)) {
            warnings.accept("PDF (" + language + "): the region's name is too long for the cover even in small type;"
                    + " the cover shows only its beginning (the running heads and the document title carry it whole)");
        }
        placeBottomUp(canvas, inBlock, textBottom, textTop);

        // Below the block: what the brochure holds (left) and its sectors (right).
        float belowTop = blockBottom - PageGeometry.mm(13);
        float logoSpace = settings.logo().isPresent() ? PageGeometry.mm(26) : 0;
        float gutter = PageGeometry.mm(10);
        boolean listSectors = !region.sectors().isEmpty() && region.sectors().size() <= 12;
        float leftWidth = listSectors ? geometry.contentWidth() * 0.58f : geometry.contentWidth() * 0.72f;
        ColumnText about = new ColumnText(canvas);
        about.setSimpleColumn(geometry.contentLeft(), geometry.contentBottom() + logoSpace,
                geometry.contentLeft() + leftWidth, belowTop);
        about.addElement(paragraph(type.line(counts(),
                new Typesetter.Style(Typesetter.Face.BOLD, 11, palette.primary()), 15)));
        region.summary().ifPresent(summary -> {
            String first = paragraphs(text(summary)).getFirst();
            // Ragged right: a short blurb in a narrow column reads better than justified with gaps.
            Paragraph intro = paragraph(14.5f);
            intro.addAll(type.chunks(first, new Typesetter.Style(Typesetter.Face.REGULAR, 9.5f, palette.text()),
                    hyphenation(resolvedLanguage(summary))));
            intro.setSpacingBefore(7);
            about.addElement(intro);
        });
        region.website().ifPresent(website -> {
            Paragraph link = paragraph(14);
            link.addAll(linkChunks(website, new Typesetter.Style(Typesetter.Face.BOLD, 9.5f, palette.accent())));
            link.setSpacingBefore(8);
            about.addElement(link);
        });
        about.go();

        if (listSectors) {
            ColumnText list = new ColumnText(canvas);
            float listLeft = geometry.contentLeft() + leftWidth + gutter;
            list.setSimpleColumn(listLeft, geometry.contentBottom() + logoSpace, geometry.contentRight(), belowTop);
            Paragraph heading = paragraph(type.line(labels.get("cover.sectors").toUpperCase(labels.locale()),
                    label, 11));
            heading.setSpacingAfter(5);
            list.addElement(heading);
            Typesetter.Style numberStyle = new Typesetter.Style(Typesetter.Face.BOLD, 8.5f, palette.accent());
            Typesetter.Style nameStyle = new Typesetter.Style(Typesetter.Face.REGULAR, 9, palette.text());
            for (int index = 0; index < region.sectors().size(); index++) {
                Sector sector = region.sectors().get(index);
                Paragraph line = paragraph(13);
                line.setIndentationLeft(18);
                line.setFirstLineIndent(-18);
                line.setSpacingBefore(2);
                line.add(type.blank(number(index), numberStyle));
                Chunk tab = new Chunk(new org.openpdf.text.pdf.draw.VerticalPositionMark(), 18, false);
                tab.setFont(type.font(nameStyle));
                line.add(tab);
                List<Chunk> sectorName = type.chunks(Typesetter.oneLine(text(sector.name())), nameStyle, null);
                sectorName.forEach(chunk -> chunk.setLocalGoto(sectorKey(sector)));
                line.addAll(sectorName);
                list.addElement(line);
            }
            list.go();
        }

        if (settings.logo().isPresent()) {
            Image logo = Image.getInstance(settings.logo().get());
            logo.scaleToFit(PageGeometry.mm(45), PageGeometry.mm(20));
            logo.setAbsolutePosition(geometry.contentRight() - logo.getScaledWidth(), geometry.contentBottom());
            canvas.addImage(logo);
        }
        // The cover holds only direct content; without this, newPage() would drop it.
        writer.setPageEmpty(false);
        document.newPage();
    }

    /**
     * A quiet picture of a network on the cover: nodes joined to their nearest neighbours, one highlighted
     * node per sector. Seeded by the region's id, so the same region always gets the same picture.
     */
    private void networkMotif(PdfContentByte canvas, float left, float bottom, float right, float top) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(region.id().hashCode());
        int highlighted = Math.min(region.sectors().size(), 12);
        int count = Math.max(14, Math.min(28, 10 + 2 * highlighted));
        int columns = 7;
        int rows = 4;
        List<float[]> nodes = new ArrayList<>();
        List<Integer> cells = new ArrayList<>();
        for (int cell = 0; cell < columns * rows; cell++) {
            cells.add(cell);
        }
        for (int i = 0; i < count && !cells.isEmpty(); i++) {
            int cell = cells.remove(random.nextInt(cells.size()));
            float cellWidth = (right - left) / columns;
            float cellHeight = (top - bottom) / rows;
            float x = left + (cell % columns + 0.15f + 0.7f * (float) random.nextDouble()) * cellWidth;
            float y = bottom + (cell / columns + 0.15f + 0.7f * (float) random.nextDouble()) * cellHeight;
            nodes.add(new float[] {x, y});
        }
        canvas.saveState();
        canvas.setColorStroke(Palette.mix(palette.primary(), java.awt.Color.WHITE, 0.2));
        canvas.setLineWidth(0.6f);
        for (int i = 0; i < nodes.size(); i++) {
            float[] a = nodes.get(i);
            List<float[]> others = new ArrayList<>(nodes);
            others.remove(i);
            others.sort(java.util.Comparator.comparingDouble(b -> Math.hypot(b[0] - a[0], b[1] - a[1])));
            for (float[] b : others.subList(0, Math.min(2, others.size()))) {
                canvas.moveTo(a[0], a[1]);
                canvas.lineTo(b[0], b[1]);
            }
        }
        canvas.stroke();
        for (int i = 0; i < nodes.size(); i++) {
            float[] node = nodes.get(i);
            boolean sector = i < highlighted;
            canvas.setColorFill(sector ? palette.accent() : Palette.mix(palette.primary(), java.awt.Color.WHITE, 0.3));
            canvas.circle(node[0], node[1], sector ? 4.2f + (float) random.nextDouble() * 2.5f
                    : 1.6f + (float) random.nextDouble() * 1.4f);
            canvas.fill();
        }
        canvas.restoreState();
    }

    /** How small the region's name on the cover may be set, relative to its full size, to fit the block. */
    private static final float MIN_COVER_NAME_SCALE = 0.2f;

    /** The cover block's text: edition, region name (at {@code nameScale} of its full size) and subtitle. */
    private List<Element> coverBlock(float nameScale) {
        float scale = geometry.scale();
        Typesetter.Style name = new Typesetter.Style(Typesetter.Face.BOLD, 38 * scale * nameScale, palette.onPrimary());
        Typesetter.Style sub = new Typesetter.Style(Typesetter.Face.REGULAR, 17 * scale, palette.onPrimaryMuted());
        Typesetter.Style over = new Typesetter.Style(Typesetter.Face.BOLD, 8.5f, palette.onPrimaryMuted(), 1.6f);
        List<Element> inBlock = new ArrayList<>();
        Paragraph overline = paragraph(type.line(
                labels.get("edition", edition()).toUpperCase(labels.locale()), over, 12));
        overline.setSpacingAfter(14);
        inBlock.add(overline);
        Paragraph regionName = paragraph(type.line(text(region.name()), name, 42 * scale * nameScale));
        regionName.setLeading(42 * scale * nameScale);
        inBlock.add(regionName);
        Paragraph subtitle = paragraph(type.line(subtitle(), sub, 22 * scale));
        subtitle.setSpacingBefore(10);
        inBlock.add(subtitle);
        return inBlock;
    }

    /** Whether {@code elements} fit between {@code bottom} and {@code top} in the text column. */
    private boolean fits(PdfContentByte canvas, List<Element> elements, float bottom, float top) {
        ColumnText probe = new ColumnText(canvas);
        probe.setSimpleColumn(geometry.contentLeft(), bottom, geometry.contentRight(), top);
        elements.forEach(probe::addElement);
        return !ColumnText.hasMoreText(probe.go(true));
    }

    /** Places {@code elements} in a column so that the last line ends just above {@code bottom}. */
    private void placeBottomUp(PdfContentByte canvas, List<Element> elements, float bottom, float highestTop) {
        ColumnText probe = new ColumnText(canvas);
        probe.setSimpleColumn(geometry.contentLeft(), bottom, geometry.contentRight(), highestTop);
        elements.forEach(probe::addElement);
        probe.go(true);
        float used = highestTop - probe.getYLine();
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(geometry.contentLeft(), bottom - 4, geometry.contentRight(), bottom + used);
        elements.forEach(column::addElement);
        column.go();
    }

    private String counts() {
        int sectors = region.sectors().size();
        int organisations = region.organisations().size();
        String sectorText = sectors == 1 ? labels.get("cover.count.sector") : null;
        String organisationText = organisations == 1 ? labels.get("cover.count.organisation") : null;
        if (sectorText == null && organisationText == null) {
            return labels.get("cover.counts", numbers.number(java.math.BigDecimal.valueOf(sectors)),
                    numbers.number(java.math.BigDecimal.valueOf(organisations)));
        }
        String full = labels.get("cover.counts", numbers.number(java.math.BigDecimal.valueOf(sectors)),
                numbers.number(java.math.BigDecimal.valueOf(organisations)));
        String[] parts = full.split(" · ", 2);
        return (sectorText != null ? sectorText : parts[0]) + " · "
                + (organisationText != null ? organisationText : parts.length > 1 ? parts[1] : "");
    }

    // ---------------------------------------------------------------------------------------------------
    // Contents

    private void contents() {
        decorator.runningTitle(labels.get("contents"));
        chapterHeading(null, labels.get("contents"), CONTENTS, null);
        decorator.bookmark(CONTENTS, labels.get("contents"), null, false);

        PdfPTable table = new PdfPTable(new float[] {30, geometry.contentWidth() - 30});
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        tocRow(table, "", labels.get("overview"), OVERVIEW);
        for (int index = 0; index < region.sectors().size(); index++) {
            Sector sector = region.sectors().get(index);
            tocRow(table, number(index), text(sector.name()), sectorKey(sector));
        }
        if (!region.organisations().isEmpty()) {
            tocRow(table, "", labels.get("register"), REGISTER);
        }
        add(table);
    }

    private void tocRow(PdfPTable table, String number, String entry, String key) {
        PdfPCell numberCell = cell(paragraph(type.line(number, tocNumber, 16)));
        numberCell.setPaddingBottom(7);
        table.addCell(numberCell);
        Paragraph paragraph = leaderLine(entry, tocEntry, 16, key, tocEntry, page -> String.valueOf(page),
                geometry.contentRight());
        PdfPCell entryCell = cell(paragraph);
        entryCell.setPaddingBottom(7);
        table.addCell(entryCell);
    }

    /**
     * A line "entry ...... page" that links to {@code key}; the page is filled in when the document is
     * complete. {@code right} is where the line ends on the page.
     */
    private Paragraph leaderLine(String entry, Typesetter.Style style, float leading, String key,
            Typesetter.Style numberStyle, IntFunction<String> pageText, float right) {
        Paragraph paragraph = paragraph(leading);
        List<Chunk> chunks = type.chunks(Typesetter.oneLine(entry), style, null);
        chunks.forEach(chunk -> chunk.setLocalGoto(key));
        paragraph.addAll(chunks);
        Chunk leader = new Chunk(new LeaderDots(palette.muted(), true));
        leader.setFont(type.font(style));
        paragraph.add(leader);
        float width = type.base(numberStyle.face()).getWidthPoint(pageText.apply(8888), numberStyle.size()) + 16;
        PdfTemplate template = decorator.pageReference(writer, key, numberStyle, width, true, right - width, pageText);
        Chunk number = new Chunk(Image.getInstance(template), 0, -PageDecorator.templateBaseline(numberStyle));
        number.setFont(type.font(style));
        number.setLocalGoto(key);
        paragraph.add(number);
        return paragraph;
    }

    // ---------------------------------------------------------------------------------------------------
    // Overview

    private void overview() {
        document.newPage();
        decorator.runningTitle(labels.get("overview"));
        decorator.bookmark(OVERVIEW, labels.get("overview"), null, false);
        chapterHeading(null, labels.get("overview"), OVERVIEW, null);

        region.summary().ifPresent(summary -> summary(summary));
        region.website().ifPresent(website -> {
            Paragraph link = paragraph(14);
            link.addAll(linkChunks(website, new Typesetter.Style(Typesetter.Face.BOLD, 9, palette.accent())));
            link.setSpacingBefore(2);
            add(link);
        });

        if (!region.sectors().isEmpty()) {
            sectorsAtAGlance();
        }
        chart();
    }

    private void sectorsAtAGlance() {
        float width = geometry.contentWidth();
        PdfPTable table = new PdfPTable(new float[] {0.06f * width, 0.38f * width, 0.33f * width, 0.15f * width,
            0.08f * width});
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        table.setHeaderRows(2);
        PdfPCell heading = sectionLabel(labels.get("overview.sectors"));
        heading.setColspan(5);
        table.addCell(heading);
        Typesetter.Style head = new Typesetter.Style(Typesetter.Face.BOLD, 6.5f, palette.muted(), 0.3f);
        String[] headers = {labels.get("table.number"), labels.get("table.sector"), labels.get("table.keyFigure"),
            labels.get("table.organisations"), labels.get("table.page")};
        for (int column = 0; column < headers.length; column++) {
            PdfPCell cell = cell(paragraph(type.line(headers[column].toUpperCase(labels.locale()), head, 9)));
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(palette.muted());
            cell.setBorderWidth(0.6f);
            cell.setPaddingBottom(4);
            cell.setHorizontalAlignment(column >= 3 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            if (column >= 3) {
                ((Paragraph) cell.getCompositeElements().getFirst()).setAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
        Typesetter.Style cellText = new Typesetter.Style(Typesetter.Face.REGULAR, 9, palette.text());
        Typesetter.Style numberText = new Typesetter.Style(Typesetter.Face.BOLD, 9, palette.accent());
        Typesetter.Style linkText = new Typesetter.Style(Typesetter.Face.BOLD, 9, palette.primary());
        for (int index = 0; index < region.sectors().size(); index++) {
            Sector sector = region.sectors().get(index);
            String key = sectorKey(sector);
            table.addCell(rowCell(paragraph(type.line(number(index), numberText, 12)), Element.ALIGN_LEFT));
            Paragraph name = paragraph(12);
            List<Chunk> nameChunks = type.chunks(Typesetter.oneLine(text(sector.name())), linkText, null);
            nameChunks.forEach(chunk -> chunk.setLocalGoto(key));
            name.addAll(nameChunks);
            PdfPCell nameCell = rowCell(name, Element.ALIGN_LEFT);
            if (region.sectors().size() <= 15) {
                // Few sectors leave room to say in one sentence what each is about.
                LocalizedText.Resolved summary = region.resolve(sector.summary(), language);
                Paragraph gist = paragraph(10.5f);
                gist.addAll(type.chunks(firstSentence(summary.text()), small.withSize(7.5f),
                        hyphenation(summary.language())));
                gist.setSpacingBefore(1);
                nameCell.addElement(gist);
            }
            table.addCell(nameCell);
            Paragraph figure = paragraph(12);
            Paragraph what = null;
            if (!sector.keyFigures().isEmpty()) {
                KeyFigure first = sector.keyFigures().getFirst();
                figure.addAll(type.chunks(figureWithUnit(first), cellText.withFace(Typesetter.Face.BOLD), null));
                what = paragraph(type.line(text(first.label()), small.withSize(7.5f), 10));
            }
            PdfPCell figureCell = rowCell(figure, Element.ALIGN_LEFT);
            if (what != null) {
                figureCell.addElement(what);
            }
            table.addCell(figureCell);
            table.addCell(rowCell(paragraph(type.line(numbers.number(
                    java.math.BigDecimal.valueOf(region.organisationsOf(sector.id()).size())), cellText, 12)),
                    Element.ALIGN_RIGHT));
            float pageWidth = 0.08f * width - 6;
            PdfTemplate page = decorator.pageReference(writer, key, cellText, pageWidth, false, 0, String::valueOf);
            Chunk pageChunk = new Chunk(Image.getInstance(page), 0, -PageDecorator.templateBaseline(cellText));
            pageChunk.setFont(type.font(cellText));
            pageChunk.setLocalGoto(key);
            Paragraph pageParagraph = paragraph(12);
            pageParagraph.add(pageChunk);
            table.addCell(rowCell(pageParagraph, Element.ALIGN_RIGHT));
        }
        add(table);
    }

    private PdfPCell rowCell(Paragraph content, int alignment) {
        content.setAlignment(alignment);
        PdfPCell cell = cell(content);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(palette.hairline());
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(6);
        cell.setPaddingRight(6);
        return cell;
    }

    /** The bar chart of the key figure most sectors share, if at least two share one. */
    private void chart() {
        Map<String, List<Object[]>> byLabel = new LinkedHashMap<>();
        for (Sector sector : region.sectors()) {
            List<String> seen = new ArrayList<>();
            for (KeyFigure figure : sector.keyFigures()) {
                String unit = figure.unit().map(this::text).orElse("");
                String key = Typesetter.oneLine(text(figure.label())).toLowerCase(labels.locale()) + "\u0000"
                        + unit.toLowerCase(labels.locale());
                if (!seen.contains(key)) {
                    seen.add(key);
                    byLabel.computeIfAbsent(key, k -> new ArrayList<>()).add(new Object[] {sector, figure});
                }
            }
        }
        List<Object[]> shared = List.of();
        for (List<Object[]> candidates : byLabel.values()) {
            if (candidates.size() >= 2 && candidates.size() > shared.size()) {
                shared = candidates;
            }
        }
        if (shared.isEmpty()) {
            return;
        }
        List<Object[]> sorted = new ArrayList<>(shared);
        sorted.sort((a, b) -> ((KeyFigure) b[1]).value().compareTo(((KeyFigure) a[1]).value()));
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Object[] entry : sorted.subList(0, Math.min(MOST_BARS, sorted.size()))) {
            Sector sector = (Sector) entry[0];
            KeyFigure figure = (KeyFigure) entry[1];
            bars.add(new BarChart.Bar(text(sector.name()), Math.max(0, figure.value().doubleValue()),
                    numbers.value(figure)));
        }
        KeyFigure example = (KeyFigure) shared.getFirst()[1];
        String caption = example.unit().isPresent()
                ? labels.get("overview.chart.unit", text(example.label()), text(example.unit().get()))
                : labels.get("overview.chart", text(example.label()));

        PdfPTable table = new PdfPTable(1);
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setSpacingBefore(22);
        table.setKeepTogether(true);
        table.addCell(sectionLabel(caption));
        PdfTemplate drawing = BarChart.draw(writer.getDirectContent(), type, palette, numbers, bars,
                geometry.contentWidth());
        Image image = Image.getInstance(drawing);
        PdfPCell chartCell = new PdfPCell(image, false);
        chartCell.setBorder(Rectangle.NO_BORDER);
        chartCell.setPadding(0);
        chartCell.setPaddingTop(8);
        table.addCell(chartCell);
        if (sorted.size() > bars.size()) {
            PdfPCell note = cell(paragraph(type.line(labels.get("overview.chart.top",
                    String.valueOf(bars.size()), String.valueOf(sorted.size())), small, 11)));
            note.setPaddingTop(4);
            table.addCell(note);
        }
        add(table);
    }

    // ---------------------------------------------------------------------------------------------------
    // Sector chapters

    private void sector(int index, Sector sector) {
        String key = sectorKey(sector);
        String name = text(sector.name());
        document.newPage();
        decorator.runningTitle(name);
        decorator.bookmark(key, name, null, false);
        chapterHeading(labels.get("sector.kicker", number(index)), name, key, key);

        summary(sector.summary());
        if (!sector.keyFigures().isEmpty()) {
            keyFigures(sector);
        }
        List<Organisation> members = region.organisationsOf(sector.id());
        List<Organisation> main = members.stream().filter(o -> o.mainSectorId().equals(sector.id())).toList();
        List<Organisation> others = members.stream().filter(o -> !o.mainSectorId().equals(sector.id())).toList();
        if (main.isEmpty() && others.isEmpty()) {
            Paragraph empty = paragraph(type.phrase(labels.get("empty.sector"), small, 12));
            empty.setSpacingBefore(18);
            add(empty);
        }
        for (int i = 0; i < main.size(); i++) {
            organisation(main.get(i), key, i == 0 ? labels.get("organisations") : null);
        }
        if (!others.isEmpty()) {
            crossReferences(others);
        }
    }

    private void chapterHeading(String kickerText, String heading, String key, String tag) {
        if (kickerText != null) {
            Paragraph over = paragraph(type.line(kickerText.toUpperCase(labels.locale()), kicker, 12));
            over.setSpacingAfter(6);
            add(over);
        }
        Paragraph paragraph = paragraph(title.size() * 1.15f);
        List<Chunk> chunks = type.chunks(Typesetter.oneLine(heading), title, null);
        chunks.getFirst().setLocalDestination(key);
        chunks.getFirst().setGenericTag(tag != null ? tag : key);
        paragraph.addAll(chunks);
        add(paragraph);
        Chunk rule = new Chunk(new LineSeparator(3f, 100f * 36 / geometry.contentWidth(), palette.accent(),
                Element.ALIGN_LEFT, 0));
        rule.setFont(type.font(body));
        Paragraph ruleParagraph = paragraph(12);
        ruleParagraph.add(rule);
        ruleParagraph.setSpacingAfter(14);
        add(ruleParagraph);
    }

    /** Summary paragraphs: the first as a lead in larger type, the rest justified and hyphenated. */
    private void summary(LocalizedText summary) {
        LocalizedText.Resolved resolved = region.resolve(summary, language);
        List<String> paragraphs = paragraphs(resolved.text());
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean first = i == 0;
            Paragraph paragraph = justified(paragraphs.get(i), first ? lead : body, first ? 16.5f : 14,
                    resolved.language());
            // A paragraph of a few lines moves whole to the next page rather than leave one line behind.
            add(keptTogether(paragraph, first ? 10 : 7));
        }
    }

    private void keyFigures(Sector sector) {
        float width = geometry.contentWidth();
        PdfPTable table = new PdfPTable(new float[] {0.36f * width, 0.64f * width});
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setKeepTogether(true);
        PdfPCell heading = sectionLabel(labels.get("keyFigures"));
        heading.setColspan(2);
        table.addCell(heading);
        Typesetter.Style big = new Typesetter.Style(Typesetter.Face.BOLD, 17 * geometry.scale(), palette.accent());
        Typesetter.Style unitStyle = new Typesetter.Style(Typesetter.Face.REGULAR, 9.5f, palette.accent());
        Typesetter.Style labelStyle = new Typesetter.Style(Typesetter.Face.BOLD, 9.5f, palette.text());
        for (KeyFigure figure : sector.keyFigures()) {
            Paragraph value = paragraph(20 * geometry.scale());
            if (figure.approximate()) {
                String number = numbers.number(figure.value());
                String full = numbers.value(figure);
                int at = full.indexOf(number);
                if (at >= 0) {
                    value.addAll(type.chunks(full.substring(0, at), unitStyle, null));
                    value.addAll(type.chunks(number, big, null));
                    value.addAll(type.chunks(full.substring(at + number.length()), unitStyle, null));
                } else {
                    value.addAll(type.chunks(full, big, null));
                }
            } else {
                value.addAll(type.chunks(numbers.number(figure.value()), big, null));
            }
            figure.unit().ifPresent(unit -> {
                String joined = numbers.withUnit("", text(unit));
                value.addAll(type.chunks(joined, unitStyle, null));
            });
            PdfPCell valueCell = cell(value);
            valueCell.setBorder(Rectangle.BOTTOM);
            valueCell.setBorderColor(palette.hairline());
            valueCell.setBorderWidth(0.5f);
            valueCell.setPaddingTop(6);
            valueCell.setPaddingBottom(8);
            valueCell.setPaddingRight(10);
            table.addCell(valueCell);

            PdfPCell labelCell = cell(paragraph(type.phrase(Typesetter.oneLine(text(figure.label())),
                    labelStyle, 13)));
            Paragraph note = figureNote(figure);
            if (note != null) {
                labelCell.addElement(note);
            }
            labelCell.setBorder(Rectangle.BOTTOM);
            labelCell.setBorderColor(palette.hairline());
            labelCell.setBorderWidth(0.5f);
            labelCell.setPaddingTop(9);
            labelCell.setPaddingBottom(8);
            table.addCell(labelCell);
        }
        add(table);
    }

    /** "Stand 2024 · Quelle: NaGeB", with the source linked; null when there is neither. */
    private Paragraph figureNote(KeyFigure figure) {
        if (figure.year().isEmpty() && figure.source().isEmpty()) {
            return null;
        }
        Paragraph note = paragraph(11);
        note.setSpacingBefore(1);
        if (figure.year().isPresent()) {
            note.addAll(type.chunks(labels.get("keyFigure.year", String.valueOf(figure.year().getAsInt())), small, null));
        }
        if (figure.source().isPresent()) {
            Source source = figure.source().get();
            if (figure.year().isPresent()) {
                note.addAll(type.chunks(" · ", small, null));
            }
            note.addAll(type.chunks(labels.get("keyFigure.source") + " ", small, null));
            List<Chunk> title = type.chunks(Typesetter.oneLine(text(source.title())),
                    source.url().isPresent() ? small.withColour(palette.accent()) : small, null);
            source.url().ifPresent(url -> title.forEach(chunk -> chunk.setAnchor(url.toASCIIString())));
            note.addAll(title);
        }
        return note;
    }

    private void organisation(Organisation organisation, String sectorKey, String headingAbove) {
        String key = organisationKey(organisation);
        String name = text(organisation.name());
        decorator.bookmark(key, name, sectorKey, false);

        // The entry is set in the page's own flow, not in a table: one layout pass instead of two, which
        // is most of the time a large brochure takes. Keeping it together is done here, from its height.
        List<Paragraph> parts = new ArrayList<>();
        Paragraph heading = paragraph(orgName.size() * 1.2f);
        List<Chunk> nameChunks = type.chunks(Typesetter.oneLine(name), orgName, null);
        nameChunks.getFirst().setLocalDestination(key);
        nameChunks.getFirst().setGenericTag(key);
        heading.addAll(nameChunks);
        heading.setSpacingBefore(ENTRY_GAP);
        parts.add(heading);
        parts.add(metaLine(organisation));
        organisation.description().ifPresent(description -> {
            LocalizedText.Resolved resolved = region.resolve(description, language);
            for (String text : paragraphs(resolved.text())) {
                Paragraph paragraph = justified(text, body, 13.6f, resolved.language());
                paragraph.setSpacingBefore(4);
                parts.add(paragraph);
            }
        });
        Paragraph footer = footerLine(organisation);
        if (footer != null) {
            parts.add(footer);
        }
        float indent = ENTRY_INDENT;
        float height = 0;
        for (Paragraph part : parts) {
            part.setIndentationLeft(indent);
            height += LineEstimate.height(part, geometry.contentWidth() - indent);
        }

        PdfPTable label = null;
        float labelHeight = 0;
        if (headingAbove != null) {
            label = new PdfPTable(1);
            label.setWidthPercentage(100);
            label.setSpacingBefore(18);
            label.addCell(sectionLabel(headingAbove));
            labelHeight = 18 + 11 + 6 + 4;
        }
        float room = writer.getVerticalPosition(true) - geometry.contentBottom();
        float page = geometry.contentTop() - geometry.contentBottom();
        float needed = labelHeight + Math.min(height, page - labelHeight);
        if (needed > room && room < page - 1) {
            document.newPage();
        }
        if (label != null) {
            add(label);
        }
        float top = writer.getVerticalPosition(true) - ENTRY_GAP;
        decorator.openBar(top + 1);
        int startPage = writer.getPageNumber();
        for (Paragraph part : parts) {
            add(part);
        }
        float bottom = writer.getVerticalPosition(true) - 3;
        decorator.closeBar(writer.getDirectContentUnder(), writer.getPageNumber() == startPage ? top + 1
                : geometry.contentTop(), bottom);
    }

    /** "NETZWERK · e. V. · Oldenburg" under an organisation's name. */
    private Paragraph metaLine(Organisation organisation) {
        Paragraph meta = paragraph(12);
        meta.setSpacingBefore(1);
        Typesetter.Style typeStyle = new Typesetter.Style(Typesetter.Face.BOLD, 7, palette.accent(), 0.8f);
        Typesetter.Style rest = new Typesetter.Style(Typesetter.Face.REGULAR, 8, palette.muted());
        meta.addAll(type.chunks(labels.type(organisation.type()).toUpperCase(labels.locale()), typeStyle, null));
        organisation.legalForm().ifPresent(form -> meta.addAll(type.chunks("  ·  " + Typesetter.oneLine(form), rest,
                null)));
        organisation.city().ifPresent(city -> meta.addAll(type.chunks("  ·  " + Typesetter.oneLine(city), rest, null)));
        return meta;
    }

    /** The website link, the other sectors and the tags; null when the organisation has none of them. */
    private Paragraph footerLine(Organisation organisation) {
        List<String> otherSectors = organisation.sectorIds().subList(1, organisation.sectorIds().size());
        if (organisation.website().isEmpty() && otherSectors.isEmpty() && organisation.tags().isEmpty()) {
            return null;
        }
        Paragraph footer = paragraph(14);
        footer.setSpacingBefore(5);
        boolean first = true;
        if (organisation.website().isPresent()) {
            footer.addAll(linkChunks(organisation.website().get(),
                    new Typesetter.Style(Typesetter.Face.BOLD, 8.5f, palette.accent())));
            first = false;
        }
        if (!otherSectors.isEmpty()) {
            if (!first) {
                footer.add(type.blank("     ", small));
            }
            footer.addAll(type.chunks(labels.get("alsoIn") + " ", small, null));
            for (int i = 0; i < otherSectors.size(); i++) {
                Sector other = region.sector(otherSectors.get(i)).orElseThrow();
                if (i > 0) {
                    footer.addAll(type.chunks(", ", small, null));
                }
                List<Chunk> link = type.chunks(Typesetter.oneLine(text(other.name())),
                        small.withColour(palette.primary()), null);
                link.forEach(chunk -> chunk.setLocalGoto(sectorKey(other)));
                footer.addAll(link);
            }
            first = false;
        }
        if (!organisation.tags().isEmpty()) {
            if (!first) {
                footer.add(type.blank("     ", small));
            }
            Typesetter.Style tagStyle = new Typesetter.Style(Typesetter.Face.REGULAR, 7.5f, palette.primary());
            for (int i = 0; i < organisation.tags().size(); i++) {
                if (i > 0) {
                    footer.add(type.blank("    ", small));
                }
                for (Chunk chunk : type.chunks(Typesetter.oneLine(organisation.tags().get(i)), tagStyle, null)) {
                    chunk.setBackground(palette.tint(), 2.5f, 2f, 2.5f, 2.5f);
                    footer.add(chunk);
                }
            }
        }
        return footer;
    }

    /** Organisations whose main sector is another, listed with a link to their entry and its page. */
    private void crossReferences(List<Organisation> others) {
        PdfPTable table = new PdfPTable(1);
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setSpacingBefore(20);
        table.setHeaderRows(1);
        table.addCell(sectionLabel(labels.get("alsoActive")));
        Typesetter.Style entry = new Typesetter.Style(Typesetter.Face.BOLD, 9, palette.primary());
        for (Organisation organisation : others) {
            String key = organisationKey(organisation);
            Sector main = region.sector(organisation.mainSectorId()).orElseThrow();
            Paragraph line = leaderLine(text(organisation.name()), entry, 13, key, small,
                    page -> labels.get("page.short", String.valueOf(page)), geometry.contentRight());
            PdfPCell cell = cell(line);
            cell.addElement(paragraph(type.line(labels.get("alsoActive.main", text(main.name())), small, 11)));
            cell.setPaddingBottom(6);
            table.addCell(cell);
        }
        add(table);
    }

    // ---------------------------------------------------------------------------------------------------
    // Register

    private void register() {
        document.newPage();
        String heading = labels.get("register");
        decorator.runningTitle(heading);
        decorator.bookmark(REGISTER, heading, null, false);
        chapterHeading(null, heading, REGISTER, null);

        List<String[]> names = new ArrayList<>(region.organisations().size());
        for (Organisation organisation : region.organisations()) {
            names.add(new String[] {Typesetter.oneLine(text(organisation.name())), organisationKey(organisation)});
        }
        List<RegisterIndex.Entry> entries = RegisterIndex.sort(names, labels.locale(), labels.get("register.other"));

        float top = writer.getVerticalPosition(true);
        float bottom = geometry.contentBottom();
        // A register that fits on its first page is balanced over the two columns.
        float firstBottom = bottom;
        if (registerColumns(entries, top, bottom, true)) {
            float low = 0;
            float high = top - bottom;
            while (high - low > 2) {
                float middle = (low + high) / 2;
                if (registerColumns(entries, top, top - middle, true)) {
                    high = middle;
                } else {
                    low = middle;
                }
            }
            firstBottom = top - high - 1;
        }
        registerColumns(entries, top, firstBottom, false);
        // The register holds only direct content; keep its last page.
        writer.setPageEmpty(false);
    }

    /**
     * Sets the register in two columns, starting below {@code top} on the current page with the columns
     * ending at {@code firstBottom}, and on further pages as needed. When simulating, nothing is written
     * and the answer is whether everything fits in the two columns of the current page.
     */
    private boolean registerColumns(List<RegisterIndex.Entry> entries, float top, float firstBottom, boolean simulate) {
        RegisterLayout layout = new RegisterLayout(top, firstBottom, simulate);
        Typesetter.Style letterStyle = new Typesetter.Style(Typesetter.Face.BOLD, 12, palette.accent());
        Typesetter.Style numberStyle = new Typesetter.Style(Typesetter.Face.REGULAR, 8.5f, palette.text());
        int start = 0;
        while (start < entries.size()) {
            String group = entries.get(start).group();
            int end = start;
            while (end < entries.size() && entries.get(end).group().equals(group)) {
                end++;
            }
            // A letter never stands alone at the foot of a column: it needs room for two entries.
            if (!layout.atTop() && layout.room() < 9 + 14 + 3 + 2 * 12 && !layout.nextColumn()) {
                return false;
            }
            if (!layout.atTop()) {
                layout.skip(9);
            }
            Paragraph letter = paragraph(type.line(group, letterStyle, 14));
            letter.setSpacingAfter(3);
            List<Element> elements = new ArrayList<>(end - start + 1);
            elements.add(letter);
            for (int i = start; i < end; i++) {
                elements.add(registerLine(entries.get(i), numberStyle));
            }
            // One go() per letter rather than per entry: far fewer passes over the column.
            if (!layout.add(elements)) {
                return false;
            }
            start = end;
        }
        return true;
    }

    /** Two columns per page for the register; one instance per layout attempt. */
    private final class RegisterLayout {
        private final float gutter = 22;
        private final float columnWidth = (geometry.contentWidth() - gutter) / 2;
        private final boolean simulate;
        private final ColumnText text = new ColumnText(writer.getDirectContent());
        private float top;
        private float bottom;
        private int column;

        RegisterLayout(float top, float bottom, boolean simulate) {
            this.top = top;
            this.bottom = bottom;
            this.simulate = simulate;
            place();
        }

        private void place() {
            float left = geometry.contentLeft() + column * (columnWidth + gutter);
            text.setSimpleColumn(left, bottom, left + columnWidth, top);
        }

        boolean atTop() {
            return text.getYLine() >= top - 0.01f;
        }

        float room() {
            return text.getYLine() - bottom;
        }

        /** Moves to the next column, on a new page after the second; false when simulating runs out of room. */
        boolean nextColumn() {
            if (column == 0) {
                column = 1;
            } else if (simulate) {
                return false;
            } else {
                writer.setPageEmpty(false);
                document.newPage();
                column = 0;
                top = geometry.contentTop();
                bottom = geometry.contentBottom();
            }
            place();
            return true;
        }

        /** Leaves {@code points} of space (ColumnText drops a paragraph's spacing at the top of a go()). */
        void skip(float points) {
            text.setYLine(Math.max(bottom, text.getYLine() - points));
        }

        boolean add(List<Element> elements) {
            elements.forEach(text::addElement);
            int status = text.go(simulate);
            while (ColumnText.hasMoreText(status)) {
                if (!nextColumn()) {
                    return false;
                }
                status = text.go(simulate);
            }
            return true;
        }
    }

    private Paragraph registerLine(RegisterIndex.Entry entry, Typesetter.Style numberStyle) {
        Paragraph line = paragraph(12);
        line.setIndentationLeft(8);
        line.setFirstLineIndent(-8);
        List<Chunk> chunks = type.chunks(entry.name(), registerEntry, null);
        chunks.forEach(chunk -> chunk.setLocalGoto(entry.key()));
        line.addAll(chunks);
        Chunk leader = new Chunk(new LeaderDots(palette.muted(), false));
        leader.setFont(type.font(registerEntry));
        line.add(leader);
        OptionalInt page = decorator.page(entry.key());
        Chunk number = new Chunk(page.isPresent() ? String.valueOf(page.getAsInt()) : "–", type.font(numberStyle));
        number.setLocalGoto(entry.key());
        line.add(number);
        return line;
    }

    // ---------------------------------------------------------------------------------------------------
    // Building blocks

    /**
     * A paragraph whose own font is embedded: OpenPDF writes the space of a paragraph's spacing before and
     * after in the paragraph's font, which would otherwise be a non-embedded Helvetica.
     */
    private Paragraph paragraph(float leading) {
        Paragraph paragraph = new Paragraph(leading);
        paragraph.setFont(type.font(body));
        return paragraph;
    }

    /** A paragraph of {@code phrase}, with the phrase's leading and an embedded font of its own. */
    private Paragraph paragraph(Phrase phrase) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setFont(type.font(body));
        return paragraph;
    }

    private void add(Element element) {
        document.add(element);
    }

    private PdfPCell cell(Paragraph content) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        cell.addElement(content);
        return cell;
    }

    /** {@code content} in a borderless one-cell table that moves to the next page whole if it fits there. */
    private PdfPTable keptTogether(Element content, float spacingAfter) {
        PdfPTable table = new PdfPTable(1);
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingAfter(spacingAfter);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(content);
        table.addCell(cell);
        return table;
    }

    /** A small spaced-capitals label with a rule under it, heading a section within a chapter. */
    private PdfPCell sectionLabel(String text) {
        PdfPCell cell = cell(paragraph(type.line(text.toUpperCase(labels.locale()), label, 11)));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(palette.hairline());
        cell.setBorderWidth(0.6f);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** A justified, hyphenated paragraph in the language the text is written in. */
    private Paragraph justified(String text, Typesetter.Style style, float leading, String textLanguage) {
        Paragraph paragraph = paragraph(leading);
        paragraph.addAll(type.chunks(text.strip(), style, hyphenation(textLanguage)));
        // OpenPDF sets a justified paragraph's last line with the word spacing of the line above; an
        // invisible glue at the end takes up the rest of that line instead, so it keeps natural spacing.
        Chunk glue = new Chunk(new org.openpdf.text.pdf.draw.VerticalPositionMark());
        glue.setFont(type.font(style));
        paragraph.add(glue);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        return paragraph;
    }

    private HyphenationEvent hyphenation(String textLanguage) {
        return hyphenations.computeIfAbsent(textLanguage, PatternHyphenation::forLanguage).orElse(null);
    }

    /** "→ example.org", linked to the address. */
    private List<Chunk> linkChunks(URI address, Typesetter.Style style) {
        List<Chunk> chunks = new ArrayList<>();
        chunks.addAll(type.chunks("\u2192\u00a0", style, null));
        chunks.addAll(type.chunks(displayAddress(address), style, null));
        String target = address.toASCIIString();
        chunks.forEach(chunk -> chunk.setAnchor(target));
        return chunks;
    }

    /** An address as people read it: without the scheme and a lone trailing slash. */
    static String displayAddress(URI address) {
        String text = address.toString().replaceFirst("^https?://", "");
        return text.endsWith("/") && text.indexOf('/') == text.length() - 1 ? text.substring(0, text.length() - 1)
                : text;
    }

    private String figureWithUnit(KeyFigure figure) {
        String value = numbers.value(figure);
        return figure.unit().map(unit -> numbers.withUnit(value, text(unit))).orElse(value);
    }

    /** The first sentence of a text, or its first 180 characters, for a one-line gist. */
    static String firstSentence(String text) {
        String tidy = Typesetter.oneLine(text);
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.!?](?= \\p{Lu})").matcher(tidy);
        String sentence = end.find() ? tidy.substring(0, end.end()) : tidy;
        if (sentence.length() <= 180) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', 178);
        return sentence.substring(0, cut > 100 ? cut : 178) + " …";
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String part : Typesetter.tidy(text).split("\\n\\s*\\n")) {
            String paragraph = part.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add("");
        }
        return paragraphs;
    }

    private String text(LocalizedText text) {
        return region.text(text, language);
    }

    private String resolvedLanguage(LocalizedText text) {
        return region.resolve(text, language).language();
    }

    private String subtitle() {
        String own = settings.subtitles().get(language);
        return own != null ? own : labels.get("subtitle");
    }

    private String edition() {
        return DateTimeFormatter.ofPattern("MMMM yyyy", labels.locale()).withZone(ZoneOffset.UTC).format(timestamp);
    }

    private static String number(int index) {
        return String.format(Locale.ROOT, "%02d", index + 1);
    }

    private static String sectorKey(Sector sector) {
        return "sector:" + sector.id();
    }

    private static String organisationKey(Organisation organisation) {
        return "org:" + organisation.id();
    }
}
