package io.github.clusterfolio.cli.testrenderers;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererSettings;
import java.io.OutputStream;

/** Format {@code buggy}: a renderer with a bug, which throws an unexpected exception while writing. */
public final class BuggyRendererProvider implements RendererProvider {
    @Override
    public String format() {
        return "buggy";
    }

    @Override
    public String description() {
        return "throws a NullPointerException (test renderer)";
    }

    @Override
    public Renderer create(RendererSettings settings) {
        return new Renderer() {
            @Override
            public String format() {
                return "buggy";
            }

            @Override
            public void render(Region region, RenderOptions options, OutputSink sink) throws java.io.IOException {
                try (OutputStream out = sink.open("half.txt")) {
                    out.write('x');
                    String missing = System.getProperty("clusterfolio.test.no-such-property");
                    out.write(missing.length());
                }
            }
        };
    }
}
