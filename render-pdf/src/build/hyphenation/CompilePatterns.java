// SPDX-License-Identifier: Apache-2.0
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openpdf.text.pdf.hyphenation.Hyphen;
import org.openpdf.text.pdf.hyphenation.PatternConsumer;
import org.openpdf.text.pdf.hyphenation.SimplePatternParser;

/**
 * Compiles the hyphenation patterns (src/main/hyphenation/LANG.xml, Apache FOP's XML format) and the local
 * overrides (overrides.txt there) into the compact tables render-pdf reads at run time (LANG.bin), so that a
 * render neither parses 260 KB of XML nor loads an XML parser. The Maven build runs it after compiling:
 *
 * <pre>java -cp CLASSPATH CompilePatterns.java SOURCE_FOLDER OUTPUT_FOLDER</pre>
 *
 * <p>The layout (big-endian, as {@code DataOutputStream} writes) is read by
 * {@code io.github.clusterfolio.render.pdf.internal.HyphenationPatterns}; change both together and raise
 * the version:
 * <pre>
 * int   magic 0x43464859 ("CFHY"), int version 1
 * int   letters; then per letter: char letter, char the letter it stands for (its lower-case class)
 * int   exceptions; then per exception: short length and UTF-8 bytes of the word, int breaks, that many ints (letters before each break)
 * int   patterns, int characters; then all pattern strings as chars, one after the other, then per pattern
 *       the int end of its characters; then per pattern its values as one byte each, one more than letters
 * </pre>
 * Patterns and exceptions are written in sorted order, so the same input always gives the same bytes.
 */
public final class CompilePatterns {
    static final int MAGIC = 0x43464859;
    static final int VERSION = 1;

    private CompilePatterns() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        Map<String, List<String>> overrides = overrides(source.resolve("overrides.txt"));
        List<Path> inputs;
        try (Stream<Path> files = Files.list(source)) {
            inputs = files.filter(file -> file.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        for (Path input : inputs) {
            String language = input.getFileName().toString().replace(".xml", "");
            Tables tables = new Tables();
            try (InputStream in = Files.newInputStream(input)) {
                new SimplePatternParser().parse(in, tables);
            }
            for (String word : overrides.getOrDefault(language, List.of())) {
                tables.addOverride(word);
            }
            Files.write(output.resolve(language + ".bin"), tables.bytes());
        }
    }

    /** The override words per language: lines "LANG in-no-va-tive"; "#" starts a comment line. */
    private static Map<String, List<String>> overrides(Path file) throws IOException {
        Map<String, List<String>> words = new TreeMap<>();
        if (!Files.exists(file)) {
            return words;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2 && !line.startsWith("#")) {
                words.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(parts[1]);
            }
        }
        return words;
    }

    /** What the XML says, collected in sorted maps. */
    private static final class Tables implements PatternConsumer {
        private final Map<Character, Character> letters = new TreeMap<>();
        private final Map<String, int[]> exceptions = new TreeMap<>();
        private final Map<String, byte[]> patterns = new TreeMap<>();

        @Override
        public void addClass(String group) {
            char normal = group.charAt(0);
            for (int i = 0; i < group.length(); i++) {
                letters.put(group.charAt(i), normal);
            }
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void addException(String word, ArrayList parts) {
            List<Integer> breaks = new ArrayList<>();
            int position = 0;
            for (Object part : parts) {
                if (part instanceof String text) {
                    position += text.length();
                } else if (part instanceof Hyphen) {
                    breaks.add(position);
                }
            }
            exceptions.put(word, breaks.stream().mapToInt(Integer::intValue).toArray());
        }

        @Override
        public void addPattern(String pattern, String digits) {
            if (digits.length() != pattern.length() + 1) {
                throw new IllegalArgumentException("pattern " + pattern + " has " + digits.length() + " values");
            }
            byte[] values = new byte[digits.length()];
            for (int i = 0; i < digits.length(); i++) {
                values[i] = (byte) (digits.charAt(i) - '0');
            }
            patterns.put(pattern, values);
        }

        /** A word with a hyphen at each allowed break replaces whatever the patterns say about it. */
        void addOverride(String hyphenated) {
            List<Integer> breaks = new ArrayList<>();
            int letterCount = 0;
            for (int i = 0; i < hyphenated.length(); i++) {
                if (hyphenated.charAt(i) == '-') {
                    breaks.add(letterCount);
                } else {
                    letterCount++;
                }
            }
            exceptions.put(hyphenated.replace("-", "").toLowerCase(Locale.ROOT),
                    breaks.stream().mapToInt(Integer::intValue).toArray());
        }

        byte[] bytes() throws IOException {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
            try (DataOutputStream out = new DataOutputStream(buffer)) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(letters.size());
                for (Map.Entry<Character, Character> letter : letters.entrySet()) {
                    out.writeChar(letter.getKey());
                    out.writeChar(letter.getValue());
                }
                out.writeInt(exceptions.size());
                for (Map.Entry<String, int[]> exception : exceptions.entrySet()) {
                    byte[] word = exception.getKey().getBytes(StandardCharsets.UTF_8);
                    out.writeShort(word.length);
                    out.write(word);
                    out.writeInt(exception.getValue().length);
                    for (int at : exception.getValue()) {
                        out.writeInt(at);
                    }
                }
                out.writeInt(patterns.size());
                out.writeInt(patterns.keySet().stream().mapToInt(String::length).sum());
                for (String pattern : patterns.keySet()) {
                    out.writeChars(pattern);
                }
                int end = 0;
                for (String pattern : patterns.keySet()) {
                    end += pattern.length();
                    out.writeInt(end);
                }
                for (byte[] values : patterns.values()) {
                    out.write(values);
                }
            }
            return buffer.toByteArray();
        }
    }
}
