package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.RenderException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;
import org.openpdf.text.DocumentException;
import org.openpdf.text.ExceptionConverter;

/**
 * Lays out one brochure in one language, part by part. Each part is a class of its own that draws on a
 * shared {@link BrochureContext} (document, writer, styles, labels, numbers, geometry) and the shared
 * {@link Blocks}; this class only decides their order and wraps OpenPDF's failures.
 *
 * <p>Order: cover, contents, overview (region summary, sectors at a glance, chart of a shared key
 * figure), one chapter per sector (summary, key figures, organisations, cross references to organisations
 * whose main sector is another), register A–Z. Headings carry generic tags; the {@link PageDecorator}
 * records the page each lands on, makes the bookmarks and fills in page numbers at the end.
 */
public final class BrochureWriter {
    private BrochureWriter() {}

    /**
     * Lays out the brochure of {@code region} in {@code language} in memory; the caller writes the buffer
     * with {@link ByteArrayOutputStream#writeTo}, without another copy.
     *
     * @throws RenderException when OpenPDF fails
     */
    public static ByteArrayOutputStream layOut(BrochureSettings settings, Region region, String language,
            Instant timestamp, Consumer<String> warnings) {
        // Sized from the region so that a large brochure is not copied again and again while it grows, and not
        // much larger than it: the tagged brochure in object streams takes about 870 bytes per organisation
        // (8.9 MB for 10,000), and a buffer of three times that would sit in the heap through the whole layout.
        int expected = (int) Math.min(Integer.MAX_VALUE - 8, 200_000L + 900L * region.organisations().size());
        ByteArrayOutputStream out = new ByteArrayOutputStream(expected);
        DocumentSetup setup = new DocumentSetup();
        try {
            BrochureContext context = new BrochureContext(settings, region, language, timestamp, warnings,
                    setup.watching(out));
            setup.open(context);
            new CoverPage(context).write();
            new ContentsPage(context).write();
            new OverviewChapter(context).write();
            SectorChapter chapter = new SectorChapter(context);
            for (int index = 0; index < region.sectors().size(); index++) {
                chapter.write(index, region.sectors().get(index));
            }
            if (!region.organisations().isEmpty()) {
                new RegisterChapter(context).write();
            }
            setup.close(context);
        } catch (DocumentException | ExceptionConverter | IOException e) {
            throw new RenderException("could not render the " + language + " PDF brochure of region '" + region.id()
                    + "': " + e.getMessage(), e);
        }
        return out;
    }
}
