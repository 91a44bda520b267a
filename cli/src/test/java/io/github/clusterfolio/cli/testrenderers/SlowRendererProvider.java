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

/**
 * Format {@code slow}: writes {@code started.txt}, then waits a minute, so that tests can stop the process
 * in the middle of a render.
 */
public final class SlowRendererProvider implements RendererProvider {
    @Override
    public String format() {
        return "slow";
    }

    @Override
    public String description() {
        return "writes a file, then waits a minute (test renderer)";
    }

    @Override
    public Renderer create(RendererSettings settings) {
        return new Renderer() {
            @Override
            public String format() {
                return "slow";
            }

            @Override
            public void render(Region region, RenderOptions options, OutputSink sink) throws IOException {
                try (OutputStream out = sink.open("started.txt")) {
                    out.write('s');
                }
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new RenderException("interrupted");
                }
            }
        };
    }
}
