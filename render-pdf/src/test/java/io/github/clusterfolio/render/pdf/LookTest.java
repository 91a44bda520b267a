package io.github.clusterfolio.render.pdf;

import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LookTest {
    @Test
    void renderForLooking() throws Exception {
        Path out = Path.of(System.getProperty("look.dir", "target/brochures"));
        PdfBrochureRenderer.builder().build().render(NordwestFixture.region(),
                RenderOptions.at(Instant.parse("2026-11-01T00:00:00Z")).withWarnings(System.err::println),
                OutputSink.directory(out));
    }
}
