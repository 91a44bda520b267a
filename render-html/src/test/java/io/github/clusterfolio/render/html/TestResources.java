package io.github.clusterfolio.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the test case files under {@code src/test/resources}: one case a line, with Java-style escapes. */
public final class TestResources {
    private TestResources() {}

    /** The cases of {@code resource}: blank lines and {@code #} comments skipped, escapes decoded. */
    public static List<String> cases(String resource) {
        try {
            return Files.readAllLines(Path.of("src", "test", "resources", resource), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(TestResources::decode)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes {@code \n}, {@code \r}, {@code \t}, {@code \\} and {@code \}{@code uXXXX}. */
    public static String decode(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + next + " in: " + line);
            }
        }
        return out.toString();
    }

    /** {@code text} with every character outside printable ASCII written as an escape, for test names. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }
}
