package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.render.RenderException;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.ThemeFileRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.pdf.BaseFont;

/**
 * The font files a renderer uses, read once when it is built and shared read-only by every render call:
 * four styles of the text face (the bundled Liberation Sans or the theme's TrueType files) and the
 * fallback fonts for characters the text face lacks. Each document makes its own {@link BaseFont}s from
 * these bytes, so that font subsets and their name prefixes are per document and reproducible.
 */
public final class FontFiles {
    private final FontFile regular;
    private final FontFile bold;
    private final FontFile italic;
    private final FontFile boldItalic;
    private final List<FontFile> fallbacks;

    private FontFiles(FontFile regular, FontFile bold, FontFile italic, FontFile boldItalic, List<FontFile> fallbacks) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
        this.boldItalic = boldItalic;
        this.fallbacks = List.copyOf(fallbacks);
    }

    /**
     * Reads the fonts a theme names (missing styles fall back to its regular font) or the bundled ones,
     * and the fallback fonts, and checks that OpenPDF can use each.
     *
     * @throws RenderException when a file cannot be read or is not a usable TrueType/OpenType font
     */
    public static FontFiles load(Theme.Fonts fonts, List<Path> fallbackFonts) {
        FontFile regular;
        FontFile bold;
        FontFile italic;
        FontFile boldItalic;
        if (fonts.regular().isPresent()) {
            regular = file(fonts.regular().get(), "regular");
            bold = fonts.bold().map(path -> file(path, "bold")).orElse(regular);
            italic = fonts.italic().map(path -> file(path, "italic")).orElse(regular);
            boldItalic = fonts.boldItalic().map(path -> file(path, "bold italic")).orElse(bold);
        } else {
            if (fonts.bold().isPresent() || fonts.italic().isPresent() || fonts.boldItalic().isPresent()) {
                throw new RenderException("the theme names bold or italic fonts but no regular font; "
                        + "name the regular font too, or none to use the bundled Liberation Sans");
            }
            regular = bundled("LiberationSans-Regular.ttf");
            bold = bundled("LiberationSans-Bold.ttf");
            italic = bundled("LiberationSans-Italic.ttf");
            boldItalic = bundled("LiberationSans-BoldItalic.ttf");
        }
        List<FontFile> fallbacks = fallbackFonts.stream().map(path -> file(path, "fallback")).toList();
        return new FontFiles(regular, bold, italic, boldItalic, fallbacks);
    }

    FontFile regular() {
        return regular;
    }

    FontFile bold() {
        return bold;
    }

    FontFile italic() {
        return italic;
    }

    FontFile boldItalic() {
        return boldItalic;
    }

    List<FontFile> fallbacks() {
        return fallbacks;
    }

    private static FontFile bundled(String name) {
        try (InputStream in = Liberation.class.getResourceAsStream("/liberation/" + name)) {
            if (in == null) {
                throw new RenderException("the bundled font " + name + " is missing from openpdf-fonts-extra");
            }
            return checked(new FontFile(name, in.readAllBytes()), "bundled font " + name);
        } catch (IOException e) {
            throw new RenderException("cannot read the bundled font " + name + ": " + e.getMessage(), e);
        }
    }

    private static FontFile file(Path path, String role) {
        String fileName = String.valueOf(path.getFileName());
        String lower = fileName.toLowerCase(Locale.ROOT);
        String what = "the " + role + " font '" + path + "'";
        if (!lower.endsWith(".ttf") && !lower.endsWith(".otf")) {
            throw new RenderException(what + " is not a .ttf or .otf file; the PDF brochure embeds TrueType and "
                    + "OpenType fonts only");
        }
        // Checked before it is read whole: a FIFO would block, a symbolic-link loop is not "missing", and a
        // file of 2 GiB or more cannot be held in one array whatever the heap.
        Optional<String> problem = ThemeFileRules.problem(path, ThemeFileRules.Kind.FONT);
        if (problem.isPresent()) {
            throw new RenderException(what + " " + problem.get());
        }
        byte[] bytes;
        try {
            bytes = ThemeFileRules.read(path, ThemeFileRules.Kind.FONT);
        } catch (IOException e) {
            throw new RenderException("cannot read " + what + ": " + e.getMessage(), e);
        }
        // OpenPDF recognises the font kind by the name's extension, so the name keeps it.
        return checked(new FontFile(lower.endsWith(".otf") ? "font.otf" : "font.ttf", bytes), what);
    }

    private static FontFile checked(FontFile file, String what) {
        try {
            file.create(new SecureRandom());
        } catch (RuntimeException e) {
            throw new RenderException(what + " is not a usable TrueType/OpenType font: " + e.getMessage(), e);
        }
        return file;
    }

    /** One font file's bytes. */
    record FontFile(String name, byte[] bytes) {
        /** A new embedded, subset, Unicode font for one document; {@code random} names the subset. */
        BaseFont create(SecureRandom random) {
            try {
                BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
                font.setSubset(true);
                // A CIDSet is optional in PDF 1.7 and, if present, must be exact for PDF/A-2; leave it out.
                font.setIncludeCidSet(false);
                font.setSecureRandom(random);
                return font;
            } catch (IOException e) {
                throw new RenderException("cannot load the font " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
