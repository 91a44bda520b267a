package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.clusterfolio.loader.LoadResult;
import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.loader.RegionSchema;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.html.HtmlFragmentRenderer;
import io.github.clusterfolio.render.html.internal.SafeUrl;
import io.github.clusterfolio.render.pdf.PdfBrochureRenderer;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One corpus of web addresses ({@code web-addresses/corpus.txt}) through every place that judges one: the
 * loader, the JSON Schema (networknt), the model's constructors, the HTML renderer's link filter
 * ({@code SafeUrl}) and, for those accepted, the links the HTML fragments and the PDF brochure write. All
 * must agree with each other and with the corpus, and a link must lead exactly to the address as written
 * (issue 11, item 9: a phishing address with a user part was linked in the PDF, and ports, host names and
 * non-ASCII addresses were judged differently in different places).
 */
class WebAddressAgreementTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "web-addresses", "corpus.txt");
    private static final Schema SCHEMA =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(RegionSchema.json());
    private static final ObjectMapper YAML = new YAMLMapper();

    /** The corpus: address to whether it must be accepted, in file order. */
    private static Map<String, Boolean> corpus() throws IOException {
        Map<String, Boolean> addresses = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String verdict = line.substring(0, space);
            assertThat(verdict).isIn("accept", "refuse");
            addresses.put(unescape(line.substring(space + 1)), verdict.equals("accept"));
        }
        return addresses;
    }

    private static String unescape(String text) {
        Matcher escape = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(text);
        return escape.replaceAll(match -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(match.group(1), 16))));
    }

    /** A region file whose organisations have the given websites, in YAML double quotes. */
    private static String regionWithWebsites(List<String> websites) {
        StringBuilder yaml = new StringBuilder("""
                format: clusterfolio/1
                region:
                  id: web-addresses
                  name: Web addresses
                  languages: [en]
                sectors:
                  - id: logistics
                    name: Logistics
                    summary: Ports.
                organisations:
                """);
        for (int i = 0; i < websites.size(); i++) {
            String quoted = websites.get(i).replace("\\", "\\\\").replace("\"", "\\\"");
            yaml.append("  - id: org-").append(i).append("\n    name: Organisation ").append(i)
                    .append("\n    type: company\n    sectors: [logistics]\n    website: \"").append(quoted)
                    .append("\"\n");
        }
        return yaml.toString();
    }

    private static boolean loaderAccepts(String address) {
        LoadResult result = RegionLoader.defaults().read(regionWithWebsites(List.of(address)), "address.yaml");
        return !result.hasErrors();
    }

    private static boolean schemaAccepts(String address) {
        return SCHEMA.validate(YAML.readTree(regionWithWebsites(List.of(address)))).isEmpty();
    }

    private static boolean modelAccepts(String address) {
        try {
            Organisation.builder("o", LocalizedText.of("o")).sectors("s").website(new URI(address)).build();
            return true;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void loaderSchemaModelAndHtmlFilterAgreeOnEveryAddressOfTheCorpus() throws IOException {
        Map<String, Boolean> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        List<String> disagreements = new ArrayList<>();
        corpus.forEach((address, accept) -> {
            Map<String, Boolean> verdicts = new LinkedHashMap<>();
            verdicts.put("loader", loaderAccepts(address));
            verdicts.put("schema", schemaAccepts(address));
            verdicts.put("model", modelAccepts(address));
            // SafeUrl also passes mailto: addresses, for other links; a web address is an external one.
            verdicts.put("html", SafeUrl.of(address).filter(SafeUrl::isExternal).isPresent());
            verdicts.forEach((judge, accepted) -> {
                if (accepted != accept) {
                    disagreements.add(judge + (accepted ? " accepts " : " refuses ") + address);
                }
            });
        });
        assertThat(disagreements).as("judges that disagree with the corpus").isEmpty();
    }

    @Test
    void theLoaderNamesTheRealCause() {
        Map<String, String> causes = Map.of(
                "https://www.sparkasse.de@evil.example/", "holds a user name or password ('www.sparkasse.de@') before"
                        + " its host 'evil.example'",
                "https://example.org:99999/", "has the port '99999'; a port is a number from 1 to 65535",
                "https://aef-om.de:80a/", "has the port '80a'; a port is a number from 1 to 65535",
                "https://aef_om.de/", "'aef_om.de' is not a host name; a host name has only letters, digits, hyphens"
                        + " and dots, not '_'",
                "https://-bad-.de/", "'-bad-.de' is not a host name; a part of a host name cannot start or end with a"
                        + " hyphen",
                "https://aef-om.de/b\u00fccher", "contains '\u00fc', which a web address cannot hold as it is; write it"
                        + " in its ASCII form: https://aef-om.de/b%C3%BCcher",
                "https://b\u00fccher.example/", "write it in its ASCII form: https://xn--bcher-kva.example/");
        causes.forEach((address, cause) -> assertThat(RegionLoader.defaults()
                        .read(regionWithWebsites(List.of(address)), "address.yaml")
                        .problems())
                .as(address)
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(15);
                    assertThat(problem.column()).isEqualTo(14);
                    assertThat(problem.message()).contains(cause).doesNotContain("has no host name");
                }));
    }

    @Test
    void everyAcceptedAddressIsLinkedAsWrittenInTheHtmlAndThePdf() throws IOException {
        List<String> accepted = corpus().entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .toList();
        LoadResult loaded = RegionLoader.defaults().read(regionWithWebsites(accepted), "accepted.yaml");
        assertThat(loaded.problems()).isEmpty();
        Region region = loaded.region().orElseThrow();

        HtmlFragmentRenderer html = HtmlFragmentRenderer.withDefaults();
        for (int i = 0; i < accepted.size(); i++) {
            String fragment = html.organisation(region, "org-" + i, "en");
            assertThat(Jsoup.parse(fragment).select("a[href]").eachAttr("href"))
                    .as("HTML links of %s", accepted.get(i))
                    .containsExactly(accepted.get(i));
        }

        InMemoryOutputSink pdf = new InMemoryOutputSink();
        PdfBrochureRenderer.builder().build()
                .render(region, RenderOptions.at(Instant.parse("2026-11-01T00:00:00Z")), pdf);
        List<String> links = new PdfText(pdf.bytes("web-addresses-en.pdf"), 0, 0).links();
        // Each website is linked from the arrow and from the address: two annotations, one target.
        assertThat(new java.util.LinkedHashSet<>(links)).as("PDF links").containsExactlyInAnyOrderElementsOf(accepted);
    }
}
