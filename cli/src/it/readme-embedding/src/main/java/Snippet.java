import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.csv.CsvDialect;
import io.github.clusterfolio.render.csv.CsvExporter;
import java.nio.file.Path;
import java.time.Instant;

/** README.md's embedding snippet, built from it by ReadmeSnippetTest, which keeps the two identical. */
public class Snippet {
    public static void main(String[] args) throws Exception {

// Load: a LoadException lists every problem of the file as file:line:column: error: message
Region region = RegionLoader.defaults().load(Path.of("examples/metropolregion-nordwest.yaml"));
System.out.println(region.text(region.name(), "de") + ": " + region.sectors().size() + " sectors, "
        + region.organisations().size() + " organisations");

// Render directly: a renderer is configured once and thread-safe afterwards
RenderOptions options = RenderOptions.at(Instant.parse("2026-11-01T00:00:00Z"));
CsvExporter csv = CsvExporter.builder().dialect(CsvDialect.EXCEL).build();
csv.render(region, options, OutputSink.directory(Path.of("out/csv")));

// ...or find one by its format name, as the command line does
RendererRegistry.discover().find("pdf").orElseThrow()
        .create(RendererSettings.empty())
        .render(region, options, OutputSink.directory(Path.of("out/pdf")));
    }
}
