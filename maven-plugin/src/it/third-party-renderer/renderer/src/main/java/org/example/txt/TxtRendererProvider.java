package org.example.txt;

import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererOption;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererSettings;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A plain-text list of the organisations, one file per language, starting with a greeting (option txt.greeting). */
public final class TxtRendererProvider implements RendererProvider {
    static final RendererOption<String> GREETING = RendererOption.text("greeting", "The first line of every file.",
            "Hello", text -> text.strip());

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public String description() {
        return "a plain-text list of the organisations";
    }

    @Override
    public List<RendererOption<?>> options() {
        return List.of(GREETING);
    }

    @Override
    public Renderer create(RendererSettings settings) {
        String greeting = settings.option(GREETING);
        return new Renderer() {
            @Override
            public String format() {
                return "txt";
            }

            @Override
            public void render(io.github.clusterfolio.model.Region region, io.github.clusterfolio.render.RenderOptions options,
                    io.github.clusterfolio.render.OutputSink sink) throws java.io.IOException {
                for (String language : options.languagesFor(region)) {
                    StringBuilder text = new StringBuilder(greeting).append('\n');
                    region.organisations().forEach(organisation -> text.append(
                            region.text(organisation.name(), language)).append('\n'));
                    try (OutputStream out = sink.open(language + ".txt")) {
                        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        };
    }
}
