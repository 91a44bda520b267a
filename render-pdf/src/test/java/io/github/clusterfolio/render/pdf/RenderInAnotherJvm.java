package io.github.clusterfolio.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

/** Renders the bundled brochure in a fresh JVM for {@link DeterminismTest}: {@code OUT.pdf LANGUAGE}. */
public final class RenderInAnotherJvm {
    private RenderInAnotherJvm() {}

    public static void main(String[] args) throws Exception {
        byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().build(), NordwestFixture.region(), args[1],
                new ArrayList<>());
        Files.write(Path.of(args[0]), pdf);
    }
}
