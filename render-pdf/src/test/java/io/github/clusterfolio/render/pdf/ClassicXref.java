package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a PDF's cross-reference independently of the renderer. A classic table: every entry is ASCII
 * {@code dddddddddd ddddd n|f} and every object in use starts where its entry says. A cross-reference stream
 * (the brochure's, with object streams): {@code startxref} points at it, and its offsets are binary, which no
 * locale can change. And, where qpdf is installed ({@code .ci/run} installs it), {@code qpdf --check} passes
 * without a warning.
 */
public final class ClassicXref {
    private static final Pattern ENTRY = Pattern.compile("([0-9]{10}) ([0-9]{5}) ([nf]) \n");

    private ClassicXref() {}

    /** Asserts that the table of {@code pdf} is well-formed and points at its objects. */
    public static void assertValid(byte[] pdf, String what) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int startxref = text.lastIndexOf("startxref\n");
        assertThat(startxref).as(what + ": startxref").isPositive();
        int table = Integer.parseInt(text.substring(startxref + 10, text.indexOf('\n', startxref + 10)));
        if (!text.startsWith("xref\n", table)) {
            Matcher stream = Pattern.compile("[0-9]+ 0 obj\\s*<<[^>]*/Type\\s*/XRef").matcher(text).region(table,
                    Math.min(text.length(), table + 400));
            assertThat(stream.lookingAt()).as(what + ": a cross-reference table or stream where startxref points")
                    .isTrue();
            return;
        }
        int position = table + 5;
        int checked = 0;
        while (!text.startsWith("trailer", position)) {
            int newline = text.indexOf('\n', position);
            String[] header = text.substring(position, newline).split(" ");
            int object = Integer.parseInt(header[0]);
            int count = Integer.parseInt(header[1]);
            position = newline + 1;
            for (int i = 0; i < count; i++, object++, position += 20) {
                Matcher entry = ENTRY.matcher(text.substring(position, position + 20));
                assertThat(entry.matches()).as(what + ": xref entry of object " + object + ": '"
                        + text.substring(position, position + 20) + "'").isTrue();
                if (entry.group(3).equals("n")) {
                    int offset = Integer.parseInt(entry.group(1));
                    String expected = object + " " + Integer.parseInt(entry.group(2)) + " obj";
                    assertThat(text.startsWith(expected, offset)).as(what + ": object " + object + " at " + offset)
                            .isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).as(what + ": objects in use").isGreaterThan(10);
    }

    /** {@code qpdf --check} on the file, when qpdf is installed; the lines it printed, or none without qpdf. */
    public static List<String> qpdfProblems(Path file) throws Exception {
        if (!qpdfInstalled()) {
            return List.of();
        }
        Process qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
        String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(qpdf.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> problems = new ArrayList<>();
        if (qpdf.exitValue() != 0) {
            problems.add("qpdf --check " + file + " exited with " + qpdf.exitValue() + ":\n" + output);
        }
        return problems;
    }

    /** Whether {@code qpdf} is on the PATH. */
    public static boolean qpdfInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "qpdf"))) {
                return true;
            }
        }
        return false;
    }
}
