package io.github.clusterfolio.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.synthetic.AwkwardText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The UTF-8 writer behind the files: the same bytes as Java's encoder, however the text is split. */
class Utf8OutputTest {

    @Test
    void writesTheSameBytesAsJavaForEveryAwkwardSample() throws IOException {
        for (String sample : AwkwardText.SAMPLES) {
            assertThat(encode(sample, new SplittableRandom(1))).as(sample).isEqualTo(sample.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void writesTheSameBytesAsJavaForRandomTextSplitAnywhere() throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        char[] alphabet = {'a', '<', 'ä', 'ß', '€', '–', '\ud83d', '\ude80', '\ud800', '\udc00', '\u0000', '\uffff', '\n'};
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200_000 / 500 * (round % 3 == 0 ? 500 : 1));
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String string = text.toString();
            // Java writes '?' for a lone surrogate; a pair split across two appends must still be one code point.
            assertThat(encode(string, random)).as("round %d", round).isEqualTo(string.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] encode(String text, SplittableRandom random) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes);
        int i = 0;
        while (i < text.length()) {
            int end = Math.min(text.length(), i + 1 + random.nextInt(40));
            switch (random.nextInt(3)) {
                case 0 -> out.append(text.substring(i, end));
                case 1 -> out.append(text, i, end);
                default -> {
                    for (int j = i; j < end; j++) {
                        out.append(text.charAt(j));
                    }
                }
            }
            i = end;
        }
        out.flush();
        return bytes.toByteArray();
    }
}
