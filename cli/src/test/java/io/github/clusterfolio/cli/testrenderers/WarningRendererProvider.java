package io.github.clusterfolio.cli.testrenderers;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererSettings;
import java.io.IOException;
import java.io.OutputStream;

/** Format {@code warning}: writes one file and reports a warning, as a renderer missing a glyph would. */
public final class WarningRendererProvider implements RendererProvider {
    /** The warning, for tests to look for. */
    public static final String WARNING = "no font has a glyph for U+1F680";

    @Override
    public String format() {
        return "warning";
    }

    @Override
    public String description() {
        return "writes one file with a warning (test renderer)";
    }

    @Override
    public Renderer create(RendererSettings settings) {
        return new Renderer() {
            @Override
            public String format() {
                return "warning";
            }

            @Override
            public void render(Region region, RenderOptions options, OutputSink sink) throws IOException {
                try (OutputStream out = sink.open("warned.txt")) {
                    out.write('w');
                }
                options.warnings().accept(WARNING);
            }
        };
    }
}
