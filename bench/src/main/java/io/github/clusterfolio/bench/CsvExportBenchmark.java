package io.github.clusterfolio.bench;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.csv.CsvDialect;
import io.github.clusterfolio.render.csv.CsvExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes the three CSV tables of a synthetic region (100,000 organisations by default) into a sink that
 * only counts bytes, so the figure is the exporter's own cost. Target: under 0.5 s per export, warm.
 *
 * <p>To see that heap use does not grow with the rows, run it with a heap that holds the model (about
 * 130 MiB for 100,000 organisations) but not the output (about 37 MiB per export), and compare with
 * {@code -p sink=memory}, which keeps every byte and runs out of memory there:
 * <pre>
 * java -jar bench/target/benchmarks.jar CsvExportBenchmark -jvmArgsAppend -Xmx160m -prof gc
 * java -jar bench/target/benchmarks.jar CsvExportBenchmark -jvmArgsAppend -Xmx160m -p sink=memory
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvExportBenchmark {

    /** The number of organisations in the synthetic region. */
    @Param("100000")
    public int organisations;

    /** The dialect: {@code rfc4180}, {@code excel} or {@code tsv}. */
    @Param({"rfc4180", "excel", "tsv"})
    public String dialect;

    /** {@code counting}: bytes are counted and dropped; {@code memory}: every file is kept in memory. */
    @Param("counting")
    public String sink;

    private Region region;
    private CsvExporter exporter;
    private final RenderOptions options = RenderOptions.at(Instant.EPOCH);
    private long bytesWritten;

    /** Builds the region and the exporter once per fork. */
    @Setup(Level.Trial)
    public void setUp() {
        region = SyntheticRegions.generate(2026, 12, organisations);
        exporter = CsvExporter.builder()
                .dialect(CsvDialect.fromFormatName(dialect)
                        .orElseThrow(() -> new IllegalArgumentException("unknown dialect " + dialect)))
                .build();
    }

    /** Writes organisations, sectors and key figures; returns the bytes written so nothing is optimised away. */
    @Benchmark
    public long exportAllTables() throws IOException {
        bytesWritten = 0;
        OutputSink target = switch (sink) {
            case "counting" -> path -> new CountingStream();
            case "memory" -> new io.github.clusterfolio.render.InMemoryOutputSink();
            default -> throw new IllegalArgumentException("unknown sink " + sink);
        };
        exporter.render(region, options, target);
        return bytesWritten;
    }

    /** Counts bytes and drops them. */
    private final class CountingStream extends OutputStream {
        @Override
        public void write(int b) {
            bytesWritten++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            bytesWritten += length;
        }
    }
}
