package io.github.clusterfolio.cli.testrenderers;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderException;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Format {@code failing}: writes two files, then fails as a renderer may, in the middle of its work. */
public final class FailingRendererProvider implements RendererProvider {
    /** The message of the failure, for tests to look for. */
    public static final String MESSAGE = "injected failure after two files";

    @Override
    public String format() {
        return "failing";
    }

    @Override
    public String description() {
        return "writes two files, then fails (test renderer)";
    }

    @Override
    public Renderer create(RendererSettings settings) {
        return new Renderer() {
            @Override
            public String format() {
                return "failing";
            }

            @Override
            public void render(Region region, RenderOptions options, OutputSink sink) throws IOException {
                for (String name : new String[] {"first.txt", "nested/second.txt"}) {
                    try (OutputStream out = sink.open(name)) {
                        out.write(("partial output of " + region.id() + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
                throw new RenderException(MESSAGE, new IllegalStateException("the cause behind it"));
            }
        };
    }
}
