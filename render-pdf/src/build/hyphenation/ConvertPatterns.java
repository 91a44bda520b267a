/*
 * Copyright the clusterfolio authors.
 * SPDX-License-Identifier: Apache-2.0
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Converts TeX hyph-utf8 plain-text patterns ({@code hyph-XX.pat.txt}, {@code hyph-XX.hyp.txt})
 * into the Apache FOP XML pattern format read by OpenPDF's
 * {@code org.openpdf.text.pdf.hyphenation.HyphenationTree#loadSimplePatterns}.
 *
 * <p>Run with a JDK 21+ single-file launch, normally via {@code convert.sh}:
 * <pre>
 * java ConvertPatterns.java --tex hyph-de-1996.tex --pat hyph-de-1996.pat.txt \
 *     [--hyp hyph-en-us.hyp.txt] [--extra-hyp de.exceptions.txt] [--extra-pat de.patterns.txt] \
 *     [--extra-letters "àáâ..."] \
 *     --left 2 --right 2 --source "text" --out de.xml
 * </pre>
 *
 * <p>Output is deterministic (same input, same bytes). Things OpenPDF's parser requires:
 * <ul>
 *   <li>the file must start with an XML declaration and have no BOM (OpenPDF's SimpleXMLParser
 *       consumes the first 4 bytes and everything up to the first {@code >} to sniff the encoding);</li>
 *   <li>every letter that can occur in a word must be listed in {@code <classes>}; a word containing an
 *       unlisted letter is not hyphenated at all. Each class line is "lowercase + uppercase", the
 *       first character is what patterns and exceptions are matched against;</li>
 *   <li>exceptions are matched against the lowercased word, so they are written in lowercase.</li>
 * </ul>
 */
public final class ConvertPatterns {

    private ConvertPatterns() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = parseArgs(args);
        Path tex = Path.of(require(opt, "tex"));
        Path pat = Path.of(require(opt, "pat"));
        Path out = Path.of(require(opt, "out"));
        int left = Integer.parseInt(require(opt, "left"));
        int right = Integer.parseInt(require(opt, "right"));
        String source = require(opt, "source");

        List<String> patterns = readTokens(pat);
        List<String> exceptions = new ArrayList<>();
        if (opt.containsKey("hyp")) {
            exceptions.addAll(readTokens(Path.of(opt.get("hyp"))));
        }
        List<String> localExceptions = new ArrayList<>();
        if (opt.containsKey("extra-hyp")) {
            localExceptions.addAll(readTokens(Path.of(opt.get("extra-hyp"))));
        }
        List<String> localPatterns = new ArrayList<>();
        if (opt.containsKey("extra-pat")) {
            localPatterns.addAll(readTokens(Path.of(opt.get("extra-pat"))));
        }

        List<String> allPatterns = new ArrayList<>(patterns);
        allPatterns.addAll(localPatterns);
        for (String p : allPatterns) {
            if (!p.matches("\\.?[\\p{Ll}1-9]+\\.?") || !p.matches(".*[1-9].*")) {
                throw new IllegalArgumentException("unexpected pattern token: " + p);
            }
        }
        java.util.Set<String> upstreamKeys = new java.util.HashSet<>();
        for (String p : patterns) {
            upstreamKeys.add(p.replaceAll("[0-9]", ""));
        }
        for (String p : localPatterns) {
            if (upstreamKeys.contains(p.replaceAll("[0-9]", ""))) {
                // a duplicate would silently replace the upstream pattern; make that an explicit decision
                throw new IllegalArgumentException("local pattern redefines an upstream pattern: " + p);
            }
        }
        List<String> allExceptions = new ArrayList<>(exceptions);
        allExceptions.addAll(localExceptions);
        for (String e : allExceptions) {
            if (!e.matches("[\\p{Ll}-]+")) {
                throw new IllegalArgumentException("exception must be lowercase letters and '-': " + e);
            }
        }

        // Letter classes: every letter used by a pattern or an exception, with its upper-case form.
        TreeSet<Character> letters = new TreeSet<>();
        for (String s : allPatterns) {
            addLetters(letters, s);
        }
        for (String s : allExceptions) {
            addLetters(letters, s);
        }
        // Letters the patterns do not mention (e.g. accented letters in names) still have to be classes,
        // otherwise OpenPDF refuses to hyphenate any word that contains them.
        addLetters(letters, opt.getOrDefault("extra-letters", ""));
        List<String> classes = new ArrayList<>();
        for (char c : letters) {
            StringBuilder cls = new StringBuilder().append(c);
            char upper = Character.toUpperCase(c);
            char title = Character.toTitleCase(c);
            if (c == '\u00DF') {
                upper = '\u1E9E'; // LATIN CAPITAL LETTER SHARP S
            }
            if (upper != c) {
                cls.append(upper);
            }
            if (title != c && title != upper) {
                cls.append(title);
            }
            classes.add(cls.toString());
        }

        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<!--\n");
        xml.append("  GENERATED FILE - do not edit by hand.\n");
        xml.append("  Regenerate with render-pdf/src/build/hyphenation/convert.sh (see README.md there).\n");
        xml.append("\n");
        xml.append("  Hyphenation patterns in Apache FOP XML format for OpenPDF (org.openpdf.text.pdf.hyphenation).\n");
        xml.append("  Converted from: ").append(commentSafe(source)).append('\n');
        xml.append("  Recommended minimum characters before/after a break: ")
                .append(left).append('/').append(right).append('\n');
        xml.append("\n");
        xml.append("  Original header of ").append(tex.getFileName()).append(" (licence of this file):\n");
        xml.append("\n");
        for (String line : texHeader(tex)) {
            xml.append(line.isEmpty() ? "" : "  " + commentSafe(line)).append('\n');
        }
        xml.append("-->\n");
        xml.append("<hyphenation-info>\n");
        xml.append("<hyphen-char value=\"-\"/>\n");
        xml.append("<hyphen-min before=\"").append(left).append("\" after=\"").append(right).append("\"/>\n");
        xml.append("<classes>\n");
        for (String cls : classes) {
            xml.append(cls).append('\n');
        }
        xml.append("</classes>\n");
        xml.append("<exceptions>\n");
        for (String e : exceptions) {
            xml.append(e).append('\n');
        }
        if (!localExceptions.isEmpty()) {
            // Text inside an element after a comment is still delivered to the parser.
            xml.append("<!-- local corrections from ").append(commentSafe(fileName(opt.get("extra-hyp")))).append(" -->\n");
            for (String e : localExceptions) {
                xml.append(e).append('\n');
            }
        }
        xml.append("</exceptions>\n");
        xml.append("<patterns>\n");
        for (String p : patterns) {
            xml.append(p).append('\n');
        }
        if (!localPatterns.isEmpty()) {
            xml.append("<!-- local corrections from ").append(commentSafe(fileName(opt.get("extra-pat")))).append(" -->\n");
            for (String p : localPatterns) {
                xml.append(p).append('\n');
            }
        }
        xml.append("</patterns>\n");
        xml.append("</hyphenation-info>\n");

        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, xml, StandardCharsets.UTF_8);
        System.out.printf("%s: %d patterns (%d local), %d exceptions (%d local), %d letter classes%n",
                out.getFileName(), allPatterns.size(), localPatterns.size(),
                exceptions.size() + localExceptions.size(), localExceptions.size(), classes.size());
    }

    private static void addLetters(TreeSet<Character> letters, String s) {
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) {
                letters.add(Character.toLowerCase(c));
            }
        }
    }

    /** Whitespace-separated tokens; lines starting with '#' or '%' are comments. */
    private static List<String> readTokens(Path file) throws IOException {
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("%")) {
                continue;
            }
            for (String t : l.split("\\s+")) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /** The leading '%' comment block of a hyph-utf8 .tex file (metadata, licence, history). */
    private static List<String> texHeader(Path tex) throws IOException {
        List<String> header = new ArrayList<>();
        for (String line : Files.readAllLines(tex, StandardCharsets.UTF_8)) {
            if (!line.startsWith("%")) {
                break;
            }
            if (line.startsWith("% ====")) {
                header.add("");
                continue;
            }
            header.add(line.replaceFirst("^% ?", "").stripTrailing());
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        if (header.isEmpty()) {
            throw new IllegalArgumentException("no licence header found in " + tex);
        }
        return header;
    }

    /** XML comments must not contain "--"; the parser in OpenPDF would also stop at a stray "-->". */
    private static String commentSafe(String s) {
        String r = s;
        while (r.contains("--")) {
            r = r.replace("--", "- -");
        }
        return r;
    }

    private static String fileName(String path) {
        return Path.of(path).getFileName().toString();
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --name value ... (bad argument: " + args[i] + ")");
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }

    private static String require(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return v;
    }
}
