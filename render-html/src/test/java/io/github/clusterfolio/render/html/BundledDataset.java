package io.github.clusterfolio.render.html;

import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.model.Region;
import java.nio.file.Path;

/** The bundled Metropolregion Nordwest dataset, read once with the real loader (strict: no warning allowed). */
final class BundledDataset {
    static final Path FILE = Path.of("..", "examples", "metropolregion-nordwest.yaml");

    private static Region region;

    private BundledDataset() {}

    static synchronized Region region() {
        if (region == null) {
            region = RegionLoader.builder().strict(true).build().load(FILE);
        }
        return region;
    }
}
