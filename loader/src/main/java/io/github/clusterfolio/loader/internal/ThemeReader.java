package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.model.internal.Suggestions;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.ThemeFileRules;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.NullUnmarked;
import tools.jackson.core.JsonToken;

/**
 * Reads a theme file ({@code format: clusterfolio-theme/1}): colours, fonts, logo, page size, margins and
 * bleed. Every key is optional; what is missing comes from {@link Theme#DEFAULT}. Files are resolved
 * against the theme file's directory and must exist and be of the right kind.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
public final class ThemeReader extends FormatReader {
    /** The value of the {@code format} key this reader reads. */
    public static final String FORMAT = "clusterfolio-theme/1";

    private static final List<String> PAGE_SIZES = List.of("A4", "A5", "Letter");

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] TRUE_TYPE = {0, 1, 0, 0};
    private static final byte[] TRUE_TYPE_MAC = {'t', 'r', 'u', 'e'};
    private static final byte[] OPEN_TYPE = {'O', 'T', 'T', 'O'};

    private final Path baseDirectory;

    private Theme.Colour primary = Theme.DEFAULT.primaryColour();
    private Theme.Colour accent = Theme.DEFAULT.accentColour();
    private Theme.Colour text = Theme.DEFAULT.textColour();
    private final Path[] fonts = new Path[4];
    private Path logo;
    private LocalizedText logoAlt;
    private Theme.PageSize pageSize = Theme.DEFAULT.pageSize();
    private final double[] margins = {
        Theme.DEFAULT.margins().top(), Theme.DEFAULT.margins().right(), Theme.DEFAULT.margins().bottom(),
        Theme.DEFAULT.margins().left()
    };
    private double bleed = Theme.DEFAULT.bleedMillimetres();

    private final Fields<Void> rootFields;
    private final Fields<Void> colourFields;
    private final Fields<Void> fontFields;
    private final Fields<Void> pageFields;
    private final Fields<Void> marginFields;
    private final Fields<Void> logoFields;

    /** A reader of the theme under {@code cursor}, resolving files against {@code baseDirectory}. */
    public ThemeReader(YamlCursor cursor, ProblemCollector problems, Path baseDirectory) {
        super(cursor, problems);
        this.baseDirectory = baseDirectory;
        // Inner mappings first: the outer handlers read them.
        marginFields = Fields.<Void>keys();
        String[] sides = {"top", "right", "bottom", "left"};
        for (int i = 0; i < sides.length; i++) {
            int side = i;
            marginFields.optional(sides[i], none -> {
                Double value = readMillimetres(5, 60, "a margin");
                if (value != null) {
                    margins[side] = value;
                }
            });
        }
        pageFields = Fields.<Void>keys()
                .optional("size", none -> readPageSize())
                .optional("margins", none -> {
                    if (expectMapping("the margins in millimetres (top, right, bottom, left)")) {
                        readFields(marginFields, null);
                    }
                })
                .optional("bleed", none -> {
                    Double value = readMillimetres(0, 10, "the bleed");
                    if (value != null) {
                        bleed = value;
                    }
                });
        colourFields = Fields.<Void>keys()
                .optional("primary", none -> primary = readColourOr(primary))
                .optional("accent", none -> accent = readColourOr(accent))
                .optional("text", none -> text = readColourOr(text));
        fontFields = Fields.<Void>keys();
        String[] styles = {"regular", "bold", "italic", "boldItalic"};
        for (int i = 0; i < styles.length; i++) {
            int style = i;
            fontFields.optional(styles[i], none -> fonts[style] = readFile("a TrueType font file", this::isFont,
                    "is not a TrueType or OpenType font file (.ttf, .otf)"));
        }
        logoFields = Fields.<Void>keys()
                .required("file", none -> readLogoFile())
                .optional("alt", none -> {
                    // A theme has no languages of its own: the alternative text is checked by the brochure.
                    TextReader texts = new TextReader(cursor, problems);
                    logoAlt = texts.readText();
                    texts.languagesBroken();
                });
        rootFields = Fields.<Void>keys()
                .optional("format", none -> readFormat())
                .optional("colours", none -> {
                    if (expectMapping("the colours (primary, accent, text)")) {
                        readFields(colourFields, null);
                    }
                })
                .optional("fonts", none -> {
                    if (expectMapping("the font files (regular, bold, italic, boldItalic)")) {
                        readFields(fontFields, null);
                    }
                })
                .optional("logo", none -> readLogo())
                .optional("page", none -> {
                    if (expectMapping("the page (size, margins, bleed)")) {
                        readFields(pageFields, null);
                    }
                });
    }

    /** Reads the document; the theme, or {@code null} when an error was found. */
    public Theme read() {
        JsonToken first = cursor.next();
        if (!DocumentReading.startsDocument(cursor, "'format: " + FORMAT + "'")) {
            return null;
        }
        if (first != JsonToken.START_OBJECT) {
            cursor.report("a theme file is a mapping of keys (format, colours, fonts, logo, page), but this"
                    + " document is " + cursor.describe());
            cursor.skipValue();
            DocumentReading.checkSingleDocument(cursor);
            return null;
        }
        readFields(rootFields, null);
        DocumentReading.checkSingleDocument(cursor);
        if (problems.hasErrors()) {
            return null;
        }
        return new Theme(
                primary,
                accent,
                text,
                new Theme.Fonts(Optional.ofNullable(fonts[0]), Optional.ofNullable(fonts[1]),
                        Optional.ofNullable(fonts[2]), Optional.ofNullable(fonts[3])),
                Optional.ofNullable(logo),
                Optional.ofNullable(logoAlt),
                pageSize,
                new Theme.Margins(margins[0], margins[1], margins[2], margins[3]),
                bleed);
    }

    /** {@code logo: logo.png}, or {@code logo: {file: logo.png, alt: {de: …, en: …}}} with what it shows. */
    private void readLogo() {
        if (cursor.token() == JsonToken.START_OBJECT) {
            readFields(logoFields, null);
        } else {
            readLogoFile();
        }
    }

    private void readLogoFile() {
        logo = readFile("an image file", this::isImage, "is not a PNG or JPEG image");
    }

    private void readFormat() {
        String format = readPlainText("'" + FORMAT + "'");
        if (format != null && !format.equals(FORMAT)) {
            cursor.error(Values.excerpt(format) + " is not a theme format this program reads; write 'format: "
                    + FORMAT + "'");
        }
    }

    private void readPageSize() {
        String size = readPlainText("a page size (" + String.join(", ", PAGE_SIZES) + ")");
        if (size == null) {
            return;
        }
        if (PAGE_SIZES.contains(size)) {
            pageSize = Theme.PageSize.valueOf(size.toUpperCase(Locale.ROOT));
        } else {
            String suggestion = Suggestions.nearest(size, PAGE_SIZES);
            cursor.error("unknown page size " + Values.excerpt(size) + (suggestion != null
                    ? " — did you mean '" + suggestion + "'?"
                    : "; use one of " + String.join(", ", PAGE_SIZES)));
        }
    }

    private Double readMillimetres(double min, double max, String what) {
        if (cursor.reported()) {
            cursor.skipValue();
            return null;
        }
        JsonToken token = cursor.token();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            if (token == JsonToken.VALUE_STRING && !cursor.text().isEmpty()) {
                String number = cursor.text().strip().toLowerCase(Locale.ROOT).replace("mm", "").strip();
                String hint = Values.parseDecimal(number) == null
                        ? ""
                        : cursor.quoted() && number.equals(cursor.text()) ? "; remove the quotes"
                        : "; write the number only, such as " + number;
                cursor.error("expected a number of millimetres, found " + cursor.describe() + hint);
            } else {
                wrongKind("a number of millimetres");
            }
            return null;
        }
        BigDecimal value = Values.parseDecimal(cursor.text());
        if (value == null) {
            cursor.error(Values.excerpt(cursor.text()) + " is not a number of millimetres");
            return null;
        }
        double millimetres = value.doubleValue();
        if (millimetres < min || millimetres > max) {
            cursor.error(what + " must be between " + format(min) + " and " + format(max) + " mm, not "
                    + Values.excerptPlain(cursor.text()));
            return null;
        }
        return millimetres;
    }

    private static String format(double millimetres) {
        return millimetres == Math.rint(millimetres) ? Long.toString((long) millimetres) : Double.toString(millimetres);
    }

    /** The colour at the cursor, or {@code unchanged} after reporting why there is none. */
    private Theme.Colour readColourOr(Theme.Colour unchanged) {
        Theme.Colour colour = readColour();
        return colour == null ? unchanged : colour;
    }

    private Theme.Colour readColour() {
        if (!cursor.reported() && cursor.emptyValue()) {
            cursor.error("no colour given; write it in quotes, such as \"#1b3a5c\" — without quotes, YAML takes"
                    + " # as the start of a comment");
            return null;
        }
        String hex = readPlainText("a colour such as \"#1b3a5c\"");
        if (hex == null) {
            return null;
        }
        if (!isHexColour(hex)) {
            cursor.error(Values.excerpt(hex) + " is not a colour; write '#' and six hexadecimal digits, such as"
                    + " \"#1b3a5c\"");
            return null;
        }
        return Theme.Colour.of(hex);
    }

    private static boolean isHexColour(String text) {
        if (text.length() != 7 || text.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < 7; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private interface FileKind {
        boolean matches(byte[] head);
    }

    /** An existing, readable file of the given kind, resolved against the theme's directory. */
    private Path readFile(String expected, FileKind kind, String wrongKindMessage) {
        String name = readPlainText(expected + ", as a path relative to the theme file");
        if (name == null) {
            return null;
        }
        Path file;
        try {
            file = baseDirectory.resolve(name).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            cursor.error(Values.excerpt(name) + " is not a valid file path: " + e.getReason());
            return null;
        }
        // The real cause, not "does not exist", for a loop of links, a FIFO (which would block the reader),
        // a device and so on.
        Optional<String> notRegular = ThemeFileRules.notARegularFile(file);
        if (notRegular.isPresent()) {
            cursor.error(notRegular.get().equals("does not exist")
                    ? "the file " + Values.excerpt(name) + " does not exist (looked for " + file + ")"
                    : Values.excerpt(name) + " " + notRegular.get() + " (" + file + ")");
            return null;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            cursor.error("cannot read the file " + Values.excerpt(name) + ": " + FileProblems.reason(e));
            return null;
        }
        if (!kind.matches(head)) {
            cursor.error("the file " + Values.excerpt(name) + " " + wrongKindMessage);
            return null;
        }
        // Bounded before a renderer reads the file whole or decodes the image: a font or logo of 2 GiB cannot
        // be read into memory at all, and a tiny PNG can declare billions of pixels.
        boolean image = isImage(head);
        Optional<String> problem = ThemeFileRules.sizeProblem(file, image ? ThemeFileRules.Kind.LOGO
                : ThemeFileRules.Kind.FONT);
        if (problem.isEmpty() && image) {
            problem = ThemeFileRules.imageProblem(file);
        }
        if (problem.isPresent()) {
            cursor.error("the file " + Values.excerpt(name) + " " + problem.get());
            return null;
        }
        return file;
    }

    private boolean isImage(byte[] head) {
        return startsWith(head, PNG) || startsWith(head, JPEG);
    }

    private boolean isFont(byte[] head) {
        return startsWith(head, TRUE_TYPE) || startsWith(head, TRUE_TYPE_MAC) || startsWith(head, OPEN_TYPE);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
