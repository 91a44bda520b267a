package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.render.RenderException;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.ThemeFileRules;
import io.github.clusterfolio.render.pdf.PdfConformance;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a renderer was configured with, read and checked once when it is built: the theme, its fonts and
 * logo as bytes, the subtitles and the PDF standard. Immutable and shared by every render call.
 *
 * @param theme the theme
 * @param fonts the font files
 * @param logo the logo's bytes, if the theme names one
 * @param subtitles cover subtitles by language tag, replacing the default
 * @param conformance the standards to write
 * @param labels the label catalogue the brochure's words come from
 */
public record BrochureSettings(
        Theme theme, FontFiles fonts, Optional<byte[]> logo, Map<String, String> subtitles,
        PdfConformance conformance, LabelCatalog labels) {

    /** Checks that nothing is null and copies the subtitles. */
    public BrochureSettings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(conformance, "conformance");
        Objects.requireNonNull(labels, "labels");
        subtitles = Map.copyOf(subtitles);
    }

    /** Whether the brochure is also PDF/A-2 (level A or B). */
    public boolean pdfA() {
        return conformance != PdfConformance.PDF_UA_1;
    }

    /**
     * Reads what the theme refers to (fonts, logo) and the fallback fonts.
     *
     * @throws RenderException when a file cannot be read or used, naming it
     */
    public static BrochureSettings load(
            Theme theme, java.util.List<Path> fallbackFonts, Map<String, String> subtitles,
            PdfConformance conformance, LabelCatalog labels) {
        FontFiles fonts = FontFiles.load(theme.fonts(), fallbackFonts);
        Optional<byte[]> logo = theme.logo().map(BrochureSettings::readLogo);
        return new BrochureSettings(theme, fonts, logo, subtitles, conformance, labels);
    }

    private static byte[] readLogo(Path path) {
        String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".jpg") && !name.endsWith(".jpeg")) {
            throw new RenderException("the theme's logo '" + path + "' is not a PNG or JPEG file (.png, .jpg, .jpeg)");
        }
        // Checked before anything is read whole: a FIFO would block, a 3 GiB file cannot be held in one array,
        // and a 200 KB PNG can declare 30000 × 30000 pixels that decode to gigabytes.
        Optional<String> problem = ThemeFileRules.problem(path, ThemeFileRules.Kind.LOGO);
        if (problem.isPresent()) {
            throw new RenderException("the theme's logo '" + path + "' " + problem.get());
        }
        byte[] bytes;
        try {
            bytes = ThemeFileRules.read(path, ThemeFileRules.Kind.LOGO);
        } catch (IOException e) {
            throw new RenderException("cannot read the theme's logo '" + path + "': " + e.getMessage(), e);
        }
        try {
            org.openpdf.text.Image.getInstance(bytes);
        } catch (IOException | RuntimeException e) {
            throw new RenderException("the theme's logo '" + path + "' is not an image OpenPDF can read: "
                    + e.getMessage(), e);
        }
        return bytes;
    }

    /** The sRGB profile for the PDF/A output intent; the JDK ships it. */
    static ICC_Profile srgb() {
        return ICC_Profile.getInstance(ColorSpace.CS_sRGB);
    }
}
