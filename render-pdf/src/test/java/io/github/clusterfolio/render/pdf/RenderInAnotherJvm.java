package io.github.clusterfolio.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * Renders the bundled brochure in a fresh JVM for {@link DeterminismTest} and {@link LocaleIndependenceTest}:
 * {@code OUT.pdf LANGUAGE [CONFORMANCE]}.
 */
public final class RenderInAnotherJvm {
    private RenderInAnotherJvm() {}

    public static void main(String[] args) throws Exception {
        PdfConformance conformance = args.length > 2 ? PdfConformance.valueOf(args[2]) : PdfConformance.PDF_UA_1;
        byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().conformance(conformance).build(),
                NordwestFixture.region(), args[1], new ArrayList<>());
        Files.write(Path.of(args[0]), pdf);
    }
}
