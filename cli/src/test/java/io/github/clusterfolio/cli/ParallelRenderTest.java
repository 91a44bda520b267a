package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ParallelRender}: one task per language for a renderer that allows it, one per format otherwise. */
class ParallelRenderTest {
    @TempDir
    Path out;

    private final Region region = AwkwardRegions.generate(3, 3, 12);

    @Test
    void aRendererThatRendersLanguagesSeparatelyGetsOneTaskPerLanguageAtOnce() throws Exception {
        // On two cores or more, both languages' tasks must be inside render() together, or the barrier breaks.
        CyclicBarrier bothLanguages = new CyclicBarrier(2);
        boolean cores = Runtime.getRuntime().availableProcessors() >= 2;
        Recording separate = new Recording("separate", true, () -> {
            if (cores) {
                bothLanguages.await(30, TimeUnit.SECONDS);
            }
        });
        Recording together = new Recording("together", false, () -> {});
        List<String> finished = Collections.synchronizedList(new ArrayList<>());

        List<Problem> warnings;
        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            warnings = new ParallelRender(Map.of("separate", separate, "together", together))
                    .run(List.of("separate", "together"), region, RenderOptions.at(Instant.EPOCH), staged,
                            progress(finished), "region.yaml");
            assertThat(Files.readString(staged.folder("separate").resolve("de.txt"))).isEqualTo("[de]");
            assertThat(Files.readString(staged.folder("separate").resolve("en.txt"))).isEqualTo("[en]");
            assertThat(Files.readString(staged.folder("together").resolve("de.txt"))).isEqualTo("[de, en]");
        }

        assertThat(region.languages()).containsExactly("de", "en");
        assertThat(separate.calls).containsExactlyInAnyOrder(List.of("de"), List.of("en"));
        assertThat(together.calls).containsExactly(List.of("de", "en"));
        assertThat(finished).as("each format reported finished once").containsExactlyInAnyOrder("separate", "together");
        // The languages' warnings in the order of the languages; the one about the whole region once.
        assertThat(warnings).extracting(Problem::message).containsExactly(
                "separate: the whole region", "separate: de", "separate: en",
                "together: the whole region", "together: de", "together: en");
    }

    @Test
    void oneLanguageIsOneTask() throws Exception {
        Recording separate = new Recording("separate", true, () -> {});
        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            new ParallelRender(Map.of("separate", separate)).run(List.of("separate"), region,
                    RenderOptions.at(Instant.EPOCH).withLanguages(List.of("en")), staged, Progress.none(), "region.yaml");
        }
        assertThat(separate.calls).containsExactly(List.of("en"));
    }

    @Test
    void twoLanguagesWritingOnePathFailTheFormatAsOneRenderWould() throws Exception {
        Recording sharedFile = new Recording("shared", true, () -> {}) {
            @Override
            public void render(Region region, RenderOptions options, OutputSink sink) throws IOException {
                super.render(region, options, sink);
                sink.open("style.css").close();
            }
        };
        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            ParallelRender render = new ParallelRender(Map.of("shared", sharedFile));
            assertThatThrownBy(() -> render.run(List.of("shared"), region, RenderOptions.at(Instant.EPOCH), staged,
                    Progress.none(), "region.yaml"))
                    .isInstanceOf(RenderFailure.class)
                    .hasStackTraceContaining("the shared renderer wrote style.css twice");
        }
        assertThat(sharedFile.calls).hasSize(2);
    }

    @Test
    void languagesRenderAtOnceOnlyWhenTheHeapHoldsAllOfThem() {
        long megabyte = 1024L * 1024;
        assertThat(ParallelRender.roomForAtOnce(2, 18, 256 * megabyte)).isTrue();
        assertThat(ParallelRender.roomForAtOnce(2, 10_000, 256 * megabyte)).as("the -Xmx256m brochure").isFalse();
        assertThat(ParallelRender.roomForAtOnce(2, 10_000, 864 * megabyte)).isTrue();
        assertThat(ParallelRender.roomForAtOnce(2, 50_000, 1024 * megabyte)).as("the 1 GB brochure").isFalse();
        assertThat(ParallelRender.roomForAtOnce(5, 200_000, 64 * 1024 * megabyte)).isTrue();
    }

    private static Progress progress(List<String> finished) {
        return new Progress() {
            @Override
            public void written(String format, String path) {}

            @Override
            public void finished(String format) {
                finished.add(format);
            }

            @Override
            public void close() {}
        };
    }

    /** Writes, for each language it is given, a file naming all the languages of the call. */
    private static class Recording implements Renderer {
        private final String format;
        private final boolean separately;
        private final Step whileRendering;
        final List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());

        Recording(String format, boolean separately, Step whileRendering) {
            this.format = format;
            this.separately = separately;
            this.whileRendering = whileRendering;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public boolean rendersLanguagesSeparately() {
            return separately;
        }

        @Override
        public void render(Region region, RenderOptions options, OutputSink sink) throws IOException {
            List<String> languages = options.languagesFor(region);
            calls.add(languages);
            try {
                whileRendering.run();
            } catch (Exception failure) {
                throw new IOException(failure);
            }
            options.warnings().accept("the whole region");
            for (String language : languages) {
                options.warnings().accept(language);
                try (OutputStream file = sink.open(language + ".txt")) {
                    file.write(languages.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
