package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.csv.CsvExporter;
import io.github.clusterfolio.render.html.HtmlFragmentRenderer;
import io.github.clusterfolio.render.pdf.PdfBrochureRenderer;
import io.github.clusterfolio.render.testing.FailingOutputSink;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The output fails in the middle of a file — a full disk, a dropped connection — for every format, in the
 * middle of each of its files in turn (the shared {@link FailingOutputSink}). The renderer then throws the
 * sink's {@link IOException} and nothing else, leaves no stream open, and the same instance renders the
 * next region as if nothing had happened. The renderer modules test a failing sink at a few budgets
 * ({@code CsvExporterTest.aSinkThatRunsOutOfSpaceAnywhereGivesAnIOExceptionAndNothingElse},
 * {@code HtmlFragmentRendererTest.aSinkThatFailsPartWayFailsTheRenderWithAnIOExceptionOnly},
 * {@code AwkwardTextTest.aSinkThatFailsHalfWayIsReportedAsAnIoException}); this test covers every file.
 */
class SinkFaultTest {
    static Stream<Renderer> renderers() {
        return Stream.of(CsvExporter.withDefaults(), HtmlFragmentRenderer.withDefaults(), PdfBrochureRenderer.builder().build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderers")
    void aSinkFailingInTheMiddleOfAnyFileGivesItsIOExceptionAndLeavesTheRendererWhole(Renderer renderer)
            throws IOException {
        Region region = AwkwardRegions.generate(77, 3, 12);
        RenderOptions options = RenderOptions.at(PipelineRoundTripTest.EDITION);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        InMemoryOutputSink clean = new InMemoryOutputSink();
        renderer.render(region, options, path -> {
            sizes.put(path, 0);
            return clean.open(path);
        });
        clean.paths().forEach(path -> sizes.put(path, clean.bytes(path).length));

        List<Long> budgets = new ArrayList<>();
        long before = 0;
        for (int size : sizes.values()) {
            budgets.add(before + size / 2);
            before += size;
        }
        assertThat(budgets).hasSizeGreaterThanOrEqualTo(2);
        for (long budget : budgets) {
            TrackedSink sink = new TrackedSink(new FailingOutputSink(budget));
            assertThatThrownBy(() -> renderer.render(region, options, sink))
                    .as("%s failing after %d of %d bytes", renderer.format(), budget, before)
                    .isExactlyInstanceOf(IOException.class)
                    .hasMessageContaining("No space left on device");
            assertThat(sink.open).as("streams left open after failing at %d bytes", budget).isEmpty();
        }

        InMemoryOutputSink after = new InMemoryOutputSink();
        renderer.render(region, options, after);
        assertThat(after.paths()).isEqualTo(clean.paths());
        for (String path : clean.paths()) {
            assertThat(after.bytes(path)).as(path).isEqualTo(clean.bytes(path));
        }
    }

    /** A sink that remembers which of its streams have not been closed. */
    private static final class TrackedSink implements OutputSink {
        private final OutputSink delegate;
        final List<String> open = new ArrayList<>();

        TrackedSink(OutputSink delegate) {
            this.delegate = delegate;
        }

        @Override
        public OutputStream open(String path) throws IOException {
            OutputStream out = delegate.open(path);
            open.add(path);
            return new FilterOutputStream(out) {
                private boolean closed;

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    if (!closed) {
                        closed = true;
                        open.remove(path);
                    }
                    super.close();
                }
            };
        }
    }
}
