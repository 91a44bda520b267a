package io.github.clusterfolio.render.pdf;

import io.github.clusterfolio.model.Region;

/** The bundled dataset for tests in other packages of this module. */
public final class NordwestRegion {
    private NordwestRegion() {}

    /** The bundled Metropolregion Nordwest region. */
    public static Region region() {
        return NordwestFixture.region();
    }
}
