package io.github.clusterfolio.render.pdf;

import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.model.Region;
import java.nio.file.Path;

/** The bundled Metropolregion Nordwest dataset, read once with the real loader (strict: no warning allowed). */
final class NordwestFixture {
    static final Path FILE = Path.of("..", "examples", "metropolregion-nordwest.yaml");

    private static Region region;

    private NordwestFixture() {}

    static synchronized Region region() {
        if (region == null) {
            region = RegionLoader.builder().strict(true).build().load(FILE);
        }
        return region;
    }
}
