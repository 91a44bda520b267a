package io.github.clusterfolio.bench;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.pdf.PdfBrochureRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One German PDF brochure of a synthetic region with 50 sectors, in a warm JVM with a 256 MB heap. The
 * target: 10,000 organisations in under 2 s, and time growing linearly from 1,000 to 10,000.
 *
 * <pre>
 * java -Xmx256m -jar bench/target/benchmarks.jar PdfRender -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class PdfRenderBenchmark {
    @Param({"1000", "10000"})
    public int organisations;

    private Region region;
    private PdfBrochureRenderer renderer;
    private RenderOptions options;

    @Setup
    public void setUp() {
        region = SyntheticRegions.generate(7, 50, organisations);
        renderer = PdfBrochureRenderer.builder().build();
        options = RenderOptions.at(Instant.parse("2026-11-01T00:00:00Z")).withLanguages(List.of("de"));
    }

    /** Renders the brochure into a sink that only counts its bytes, so the figure is the renderer's own cost. */
    @Benchmark
    public long render() throws IOException {
        long[] written = {0};
        renderer.render(region, options, path -> new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                written[0] += length;
            }
        });
        return written[0];
    }
}
