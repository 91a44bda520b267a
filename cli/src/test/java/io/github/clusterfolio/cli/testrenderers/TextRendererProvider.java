package io.github.clusterfolio.cli.testrenderers;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A renderer that lives only in the tests, as a third party's would: format {@code txt}, one
 * {@code <lang>/summary.txt} per language with the timestamp and the theme's primary colour, so that tests
 * can see which options and settings reached it.
 */
public final class TextRendererProvider implements RendererProvider {
    @Override
    public String format() {
        return "txt";
    }

    @Override
    public String description() {
        return "plain-text summary, one file per language (test renderer)";
    }

    @Override
    public Renderer create(RendererSettings settings) {
        Theme theme = settings.get(Theme.class).orElse(Theme.DEFAULT);
        return new Renderer() {
            @Override
            public String format() {
                return "txt";
            }

            @Override
            public void render(Region region, RenderOptions options, OutputSink sink) throws IOException {
                for (String language : options.languagesFor(region)) {
                    try (OutputStream out = sink.open(language + "/summary.txt")) {
                        String text = region.text(region.name(), language) + "\n"
                                + "organisations: " + region.organisations().size() + "\n"
                                + "timestamp: " + options.timestamp() + "\n"
                                + "primary colour: " + theme.primaryColour().hex() + "\n";
                        out.write(text.getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        };
    }
}
