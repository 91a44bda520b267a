package io.github.clusterfolio.bench;

import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic region of a given size as a data file, for benchmarks of the command line (a cold JVM
 * reading a real file): the same region {@code SyntheticRegions.generate(7, 50, n)} the JMH benchmarks render.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.github.clusterfolio.bench.RegionFile 10000 region-10000.yaml
 * </pre>
 */
public final class RegionFile {
    private RegionFile() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RegionFile ORGANISATIONS FILE");
            System.exit(2);
        }
        int organisations = Integer.parseInt(args[0]);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            RegionYamlWriter.write(SyntheticRegions.generate(7, 50, organisations), out);
        }
    }
}
