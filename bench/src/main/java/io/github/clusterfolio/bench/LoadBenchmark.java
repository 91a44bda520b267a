package io.github.clusterfolio.bench;

import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loading a region into the model, against Jackson alone parsing the same YAML into a tree
 * ({@code readTree}) in the same run. The bar: the loader takes at most 1.5 times
 * {@code readTree}, and grows linearly with the number of organisations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class LoadBenchmark {

    @Param({"1000", "10000", "100000"})
    public int organisations;

    private String yaml;
    private RegionLoader loader;
    private ObjectMapper jackson;

    /** Generates the region once; its YAML is what both sides parse. */
    @Setup(Level.Trial)
    public void setUp() {
        Region region = SyntheticRegions.generate(42, 50, organisations);
        yaml = RegionYamlWriter.toYaml(region);
        loader = RegionLoader.defaults();
        // SnakeYAML's default 3 MiB code-point limit would stop the baseline at 10,000 organisations.
        jackson = new YAMLMapper(YAMLFactory.builder()
                .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
                .build());
        if (!loader.load(yaml, "bench.yaml").equals(region)) {
            throw new IllegalStateException("the loader does not round-trip the synthetic region");
        }
    }

    /** The loader: parse, validate, build the model. */
    @Benchmark
    public Region loadIntoModel() {
        return loader.load(yaml, "bench.yaml");
    }

    /** The baseline: Jackson parses the same text into a tree and does nothing else. */
    @Benchmark
    public JsonNode jacksonReadTree() {
        return jackson.readTree(yaml);
    }
}
