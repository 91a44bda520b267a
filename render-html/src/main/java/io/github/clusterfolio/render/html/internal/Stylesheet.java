package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.render.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * The default stylesheet of the fragments and the preview page, made from the bundled template
 * {@code stylesheet.css} with the class prefix and the theme's colours filled in. Colours used for
 * text are darkened where needed until they reach a contrast of 4.5:1 (WCAG AA) on every background they
 * are used on, so a light theme colour cannot make links or labels unreadable.
 *
 * @param css the stylesheet
 * @param contentSecurityPolicy the preview page's policy: nothing but this exact stylesheet may load
 */
public record Stylesheet(String css, String contentSecurityPolicy) {
    private static final String TEMPLATE_PREFIX = "cf-";
    private static final Theme.Colour WHITE = new Theme.Colour(255, 255, 255);
    private static final Theme.Colour INK = new Theme.Colour(17, 17, 17);
    /** The page background of the preview, {@code --cf-page} in the template. */
    private static final Theme.Colour PAGE = Theme.Colour.of("#f3f5f8");

    /** Checks that nothing is null. */
    public Stylesheet {
        Objects.requireNonNull(css, "css");
        Objects.requireNonNull(contentSecurityPolicy, "contentSecurityPolicy");
    }

    /** The stylesheet for this class prefix and theme. */
    public static Stylesheet of(String classPrefix, Theme theme) {
        Theme.Colour accent = theme.accentColour();
        Theme.Colour tint = mix(WHITE, accent, 0.12);
        // Text sits on white cards, the light grey page and the accent tint; each must read at 4.5:1 on all.
        Theme.Colour primary = readableOn(theme.primaryColour(), PAGE);
        Theme.Colour text = readableOn(theme.textColour(), PAGE);
        Theme.Colour accentText = readableOn(accent, contrast(tint, WHITE) > contrast(PAGE, WHITE) ? tint : PAGE);
        String css = template()
                .replace(TEMPLATE_PREFIX, classPrefix)
                .replace("{{primary}}", primary.hex())
                .replace("{{on-primary}}", contrast(WHITE, primary) >= 4.5 ? WHITE.hex() : INK.hex())
                .replace("{{accent}}", accent.hex())
                .replace("{{accent-text}}", accentText.hex())
                .replace("{{accent-tint}}", tint.hex())
                .replace("{{text}}", text.hex());
        return new Stylesheet(css, "default-src 'none'; style-src 'sha256-" + sha256(css)
                + "'; base-uri 'none'; form-action 'none'");
    }

    private static String template() {
        try (InputStream in = Stylesheet.class.getResourceAsStream("stylesheet.css")) {
            if (in == null) {
                throw new IllegalStateException("the bundled stylesheet.css is missing from the jar");
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // The licence header is for the source file; the page gets the rules only.
            int start = css.indexOf("*/");
            return css.substring(start + 2).strip() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled stylesheet", e);
        }
    }

    private static String sha256(String css) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** {@code colour}, darkened in small steps until it reaches 4.5:1 against {@code background}. */
    static Theme.Colour readableOn(Theme.Colour colour, Theme.Colour background) {
        Theme.Colour result = colour;
        for (int step = 1; contrast(background, result) < 4.5 && step <= 20; step++) {
            result = mix(colour, new Theme.Colour(0, 0, 0), step * 0.05);
        }
        return result;
    }

    /** {@code a} mixed with {@code share} of {@code b}. */
    static Theme.Colour mix(Theme.Colour a, Theme.Colour b, double share) {
        return new Theme.Colour(
                (int) Math.round(a.red() + (b.red() - a.red()) * share),
                (int) Math.round(a.green() + (b.green() - a.green()) * share),
                (int) Math.round(a.blue() + (b.blue() - a.blue()) * share));
    }

    /** The WCAG contrast ratio of two colours, 1 to 21. */
    static double contrast(Theme.Colour a, Theme.Colour b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Theme.Colour colour) {
        return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue());
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
