package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.render.Theme;
import java.awt.Color;

/**
 * The brochure's colours: the theme's three and a few tints derived from them, so that a theme of three
 * colours gives a whole, consistent look.
 *
 * @param primary headings, the cover, rules
 * @param accent charts, links, small capitals
 * @param text body text
 * @param muted secondary text such as meta lines and notes
 * @param hairline thin rules and grid lines
 * @param tint light backgrounds such as table headers and tag pills
 * @param onPrimary text on the primary colour
 * @param onPrimaryMuted secondary text on the primary colour
 */
record Palette(Color primary, Color accent, Color text, Color muted, Color hairline, Color tint, Color onPrimary,
        Color onPrimaryMuted) {

    static Palette of(Theme theme) {
        Color primary = colour(theme.primaryColour());
        Color accent = colour(theme.accentColour());
        Color text = colour(theme.textColour());
        return new Palette(
                primary,
                accent,
                text,
                mix(text, Color.WHITE, 0.42),
                mix(text, Color.WHITE, 0.84),
                mix(primary, Color.WHITE, 0.93),
                Color.WHITE,
                mix(primary, Color.WHITE, 0.72));
    }

    private static Color colour(Theme.Colour colour) {
        return new Color(colour.red(), colour.green(), colour.blue());
    }

    /** {@code a} moved towards {@code b} by {@code amount} (0 = a, 1 = b). */
    static Color mix(Color a, Color b, double amount) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * amount),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * amount),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * amount));
    }
}
