package io.github.clusterfolio.render;

import io.github.clusterfolio.model.LocalizedText;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The look of the rendered output: colours, fonts, logo, page size and margins. Renderers use what
 * applies to them (the PDF brochure all of it, the HTML preview the colours). Every component has a
 * sensible default, see {@link #DEFAULT}; the loader module reads a theme from YAML with the same
 * precise errors as the data.
 *
 * @param primaryColour headings, the cover and rules
 * @param accentColour charts, links and highlights
 * @param textColour body text
 * @param fonts TrueType files to use instead of the bundled Liberation fonts
 * @param logo an image (PNG or JPEG) for the cover
 * @param logoAlt what the logo shows, for people who cannot see it (the PDF's alternative text), per language;
 *     without it the brochure says "Logo: " and the region's name
 * @param pageSize the trimmed page size
 * @param margins the page margins inside the trimmed page
 * @param bleedMillimetres bleed around the trimmed page for the print shop, 0 for none; with bleed,
 *     the PDF gets a TrimBox, a BleedBox and crop marks
 */
public record Theme(
        Colour primaryColour,
        Colour accentColour,
        Colour textColour,
        Fonts fonts,
        Optional<Path> logo,
        Optional<LocalizedText> logoAlt,
        PageSize pageSize,
        Margins margins,
        double bleedMillimetres) {

    /** The default theme: dark blue and teal on A4 with 20 mm margins and no bleed. */
    public static final Theme DEFAULT = new Theme(
            Colour.of("#1b3a5c"),
            Colour.of("#0e8a7e"),
            Colour.of("#222222"),
            Fonts.BUNDLED,
            Optional.empty(),
            Optional.empty(),
            PageSize.A4,
            new Margins(22, 20, 22, 20),
            0);

    /** Checks that nothing is null and the bleed is between 0 and 10 mm. */
    public Theme {
        Objects.requireNonNull(primaryColour, "primaryColour");
        Objects.requireNonNull(accentColour, "accentColour");
        Objects.requireNonNull(textColour, "textColour");
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(logo, "logo must not be null (use Optional.empty())");
        Objects.requireNonNull(logoAlt, "logoAlt must not be null (use Optional.empty())");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(margins, "margins");
        if (!(bleedMillimetres >= 0 && bleedMillimetres <= 10)) {
            throw new IllegalArgumentException("bleed must be between 0 and 10 mm, not " + bleedMillimetres);
        }
    }

    /** A theme without an alternative text for its logo (the brochure then names the region). */
    public Theme(Colour primaryColour, Colour accentColour, Colour textColour, Fonts fonts, Optional<Path> logo,
            PageSize pageSize, Margins margins, double bleedMillimetres) {
        this(primaryColour, accentColour, textColour, fonts, logo, Optional.empty(), pageSize, margins,
                bleedMillimetres);
    }

    /** An sRGB colour. */
    public record Colour(int red, int green, int blue) {
        /** Checks that every channel is 0–255. */
        public Colour {
            if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
                throw new IllegalArgumentException("colour channels must be 0-255");
            }
        }

        /**
         * A colour written as {@code #rrggbb}.
         *
         * @throws IllegalArgumentException when {@code hex} is not of that form
         */
        public static Colour of(String hex) {
            if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException("'" + hex + "' is not a colour of the form #rrggbb, such as #1b3a5c");
            }
            int rgb = Integer.parseInt(hex.substring(1), 16);
            return new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
        }

        /** {@code #rrggbb}, lower case. */
        public String hex() {
            return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
        }
    }

    /**
     * TrueType font files for the four styles; empty for the bundled fonts. When {@code regular} is given,
     * missing styles fall back to it.
     */
    public record Fonts(Optional<Path> regular, Optional<Path> bold, Optional<Path> italic, Optional<Path> boldItalic) {
        /** The bundled Liberation fonts. */
        public static final Fonts BUNDLED = new Fonts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        /** Checks that nothing is null. */
        public Fonts {
            Objects.requireNonNull(regular, "regular");
            Objects.requireNonNull(bold, "bold");
            Objects.requireNonNull(italic, "italic");
            Objects.requireNonNull(boldItalic, "boldItalic");
        }
    }

    /** Trimmed page sizes, in millimetres. */
    public enum PageSize {
        /** 210 × 297 mm. */
        A4(210, 297),
        /** 148 × 210 mm. */
        A5(148, 210),
        /** US Letter, 8.5 × 11 in. */
        LETTER(215.9, 279.4);

        private final double widthMillimetres;
        private final double heightMillimetres;

        PageSize(double widthMillimetres, double heightMillimetres) {
            this.widthMillimetres = widthMillimetres;
            this.heightMillimetres = heightMillimetres;
        }

        /** The width in millimetres. */
        public double widthMillimetres() {
            return widthMillimetres;
        }

        /** The height in millimetres. */
        public double heightMillimetres() {
            return heightMillimetres;
        }
    }

    /** Page margins in millimetres. */
    public record Margins(double top, double right, double bottom, double left) {
        /** Checks that every margin is between 5 and 60 mm. */
        public Margins {
            for (double margin : new double[] {top, right, bottom, left}) {
                if (!(margin >= 5 && margin <= 60)) {
                    throw new IllegalArgumentException("margins must be between 5 and 60 mm, not " + margin);
                }
            }
        }
    }
}
