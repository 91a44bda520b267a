package io.github.clusterfolio.bench;

import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.html.HtmlFragmentRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
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
 * The HTML renderer over a synthetic region of 100,000 organisations (issue: all fragments in under 1 s in
 * a warm JVM).
 *
 * <ul>
 *   <li>{@code allFragmentsAsStrings}: every fragment of one language — the overview, each sector (with its
 *       cards) and each organisation's card — returned as a {@code String}, as a web application asks for
 *       fragments per request;</li>
 *   <li>{@code allFragmentsToAppendable}: the same fragments streamed into an {@code Appendable} that only
 *       counts characters, which leaves out building the strings;</li>
 *   <li>{@code renderBothLanguages}: the whole {@code render} call, both languages, including the two
 *       preview pages (each holding every card), encoded as UTF-8 into a sink that only counts bytes.</li>
 * </ul>
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar HtmlRenderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class HtmlRenderBenchmark {
    @Param("100000")
    public int organisations;

    @Param("12")
    public int sectors;

    private Region region;
    private HtmlFragmentRenderer renderer;

    /** Builds the region once; it is immutable and shared by every iteration. */
    @Setup
    public void setUp() {
        region = SyntheticRegions.generate(42, sectors, organisations);
        renderer = HtmlFragmentRenderer.withDefaults();
    }

    /** Every fragment of one language as a {@code String}, as a web application asks per request. */
    @Benchmark
    public long allFragmentsAsStrings() {
        long characters = renderer.overview(region, "de").length();
        for (Sector sector : region.sectors()) {
            characters += renderer.sector(region, sector.id(), "de").length();
        }
        for (Organisation organisation : region.organisations()) {
            characters += renderer.organisation(region, organisation.id(), "de").length();
        }
        return characters;
    }

    /** Every fragment of one language streamed to an {@code Appendable} that only counts: rendering alone. */
    @Benchmark
    public long allFragmentsToAppendable() throws IOException {
        CountingAppendable out = new CountingAppendable();
        renderer.writeOverview(region, "de", out);
        for (Sector sector : region.sectors()) {
            renderer.writeSector(region, sector.id(), "de", out);
        }
        for (Organisation organisation : region.organisations()) {
            renderer.writeOrganisation(region, organisation.id(), "de", out);
        }
        return out.characters;
    }

    /** The renderer's whole output for both languages, preview pages included; returns the bytes written. */
    @Benchmark
    public long renderBothLanguages() throws IOException {
        CountingSink sink = new CountingSink();
        renderer.render(region, RenderOptions.at(Instant.EPOCH), sink);
        return sink.bytes;
    }

    /** Counts the characters appended and keeps none. */
    private static final class CountingAppendable implements Appendable {
        long characters;

        @Override
        public Appendable append(CharSequence text) {
            characters += text.length();
            return this;
        }

        @Override
        public Appendable append(CharSequence text, int start, int end) {
            characters += end - start;
            return this;
        }

        @Override
        public Appendable append(char c) {
            characters++;
            return this;
        }
    }

    /** Counts what is written and keeps nothing, so that the benchmark measures rendering, not storage. */
    private static final class CountingSink implements OutputSink {
        long bytes;

        @Override
        public OutputStream open(String path) {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    bytes++;
                }

                @Override
                public void write(byte[] data, int offset, int length) {
                    bytes += length;
                }
            };
        }
    }
}
