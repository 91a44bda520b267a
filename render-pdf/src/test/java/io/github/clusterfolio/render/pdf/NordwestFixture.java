package io.github.clusterfolio.render.pdf;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The bundled Metropolregion Nordwest dataset as a model, read from {@code examples/} with a plain YAML
 * parser into maps. A stand-in for the loader, which this module must not depend on; it trusts the file
 * (the loader's tests check it) and maps only what the format defines.
 */
final class NordwestFixture {
    static final Path FILE = locate();

    private static Region region;

    private NordwestFixture() {}

    /** The bundled region. */
    static synchronized Region region() {
        if (region == null) {
            region = read(FILE);
        }
        return region;
    }

    private static Path locate() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples/metropolregion-nordwest.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/metropolregion-nordwest.yaml not found above " + here);
    }

    @SuppressWarnings("unchecked")
    static Region read(Path file) {
        Map<String, Object> root;
        try {
            root = new YAMLMapper().readValue(Files.readString(file), LinkedHashMap.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> r = (Map<String, Object>) root.get("region");
        Region.Builder builder = Region.builder((String) r.get("id"), text(r.get("name")))
                .languages((List<String>) r.get("languages"));
        if (r.get("summary") != null) {
            builder.summary(text(r.get("summary")));
        }
        if (r.get("website") != null) {
            builder.website(URI.create((String) r.get("website")));
        }
        for (Map<String, Object> s : (List<Map<String, Object>>) root.get("sectors")) {
            List<KeyFigure> figures = new ArrayList<>();
            for (Map<String, Object> f : (List<Map<String, Object>>) s.getOrDefault("keyFigures", List.of())) {
                Optional<Source> source = Optional.empty();
                if (f.get("source") != null) {
                    Map<String, Object> src = (Map<String, Object>) f.get("source");
                    source = Optional.of(new Source(text(src.get("title")),
                            Optional.ofNullable((String) src.get("url")).map(URI::create)));
                }
                figures.add(new KeyFigure(
                        text(f.get("label")),
                        new BigDecimal(String.valueOf(f.get("value"))),
                        Boolean.TRUE.equals(f.get("approximate")),
                        Optional.ofNullable(f.get("unit")).map(NordwestFixture::text),
                        f.get("year") == null ? OptionalInt.empty() : OptionalInt.of((Integer) f.get("year")),
                        source));
            }
            builder.sector(new Sector((String) s.get("id"), text(s.get("name")), text(s.get("summary")), figures));
        }
        for (Map<String, Object> o : (List<Map<String, Object>>) root.get("organisations")) {
            Organisation.Builder org = Organisation.builder((String) o.get("id"), text(o.get("name")))
                    .type(OrganisationType.fromFormatName((String) o.get("type")).orElseThrow())
                    .legalForm((String) o.get("legalForm"))
                    .sectors((List<String>) o.get("sectors"))
                    .city((String) o.get("city"))
                    .tags((List<String>) o.getOrDefault("tags", List.of()));
            if (o.get("website") != null) {
                org.website(URI.create((String) o.get("website")));
            }
            if (o.get("description") != null) {
                org.description(text(o.get("description")));
            }
            builder.organisation(org.build());
        }
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    private static LocalizedText text(Object value) {
        if (value instanceof String text) {
            return LocalizedText.of(text);
        }
        return LocalizedText.of((Map<String, String>) value);
    }
}
