package io.github.clusterfolio.render.pdf;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Renders brochures for tests, once per configuration, and keeps a copy under target/brochures to look at. */
final class Brochures {
    static final Instant EDITION = Instant.parse("2026-11-01T00:00:00Z");
    private static final PdfBrochureRenderer DEFAULT = PdfBrochureRenderer.builder().build();
    private static final Map<String, byte[]> NORDWEST = new ConcurrentHashMap<>();

    private Brochures() {}

    /** The bundled dataset's brochure in {@code language}, rendered with the default renderer. */
    static byte[] nordwest(String language) {
        return NORDWEST.computeIfAbsent(language, l -> {
            byte[] pdf = render(DEFAULT, NordwestFixture.region(), l, new ArrayList<>());
            try {
                Path copy = Path.of("target/brochures", PdfBrochureRenderer.fileName(NordwestFixture.region(), l));
                Files.createDirectories(copy.getParent());
                Files.write(copy, pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return pdf;
        });
    }

    static byte[] render(PdfBrochureRenderer renderer, Region region, String language, List<String> warnings) {
        InMemoryOutputSink sink = new InMemoryOutputSink();
        try {
            renderer.render(region, RenderOptions.at(EDITION).withLanguages(List.of(language))
                    .withWarnings(warnings::add), sink);
            return sink.bytes(PdfBrochureRenderer.fileName(region, language));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
