package io.github.clusterfolio.model.synthetic;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a region as a format-version-1 YAML document, every string double-quoted and escaped, so that
 * tests can feed any model (awkward characters included) to the loader and benchmarks can make large
 * files. Test code only: the library itself never writes YAML.
 */
public final class RegionYamlWriter {
    private RegionYamlWriter() {}

    /** The region as a YAML document. */
    public static String toYaml(Region region) {
        StringBuilder out = new StringBuilder(256 + region.organisations().size() * 400);
        write(region, out);
        return out.toString();
    }

    /** Writes the region as a YAML document to {@code out}. */
    public static void write(Region region, Appendable out) {
        try {
            out.append("format: ").append(format(region)).append("\nregion:\n");
            out.append("  id: ").append(quote(region.id())).append('\n');
            out.append("  name: ").append(text(region.name())).append('\n');
            if (region.summary().isPresent()) {
                out.append("  summary: ").append(text(region.summary().get().source())).append('\n');
            }
            if (region.website().isPresent()) {
                out.append("  website: ").append(quote(region.website().get().toString())).append('\n');
            }
            out.append("  languages: ").append(list(region.languages())).append('\n');
            out.append("sectors:").append(region.sectors().isEmpty() ? " []\n" : "\n");
            for (Sector sector : region.sectors()) {
                out.append("  - id: ").append(quote(sector.id())).append('\n');
                out.append("    name: ").append(text(sector.name())).append('\n');
                out.append("    summary: ").append(text(sector.summary().source())).append('\n');
                if (!sector.keyFigures().isEmpty()) {
                    out.append("    keyFigures:\n");
                    for (KeyFigure figure : sector.keyFigures()) {
                        out.append("      - label: ").append(text(figure.label())).append('\n');
                        out.append("        value: ").append(figure.value().toPlainString()).append('\n');
                        if (figure.approximate()) {
                            out.append("        approximate: true\n");
                        }
                        if (figure.qualifier().isPresent()) {
                            out.append("        qualifier: ").append(figure.qualifier().get().formatName()).append('\n');
                        }
                        optionalText(out, "        unit: ", figure.unit());
                        if (figure.year().isPresent()) {
                            out.append("        year: ").append(Integer.toString(figure.year().getAsInt())).append('\n');
                        }
                        if (figure.source().isPresent()) {
                            out.append("        source:\n          title: ")
                                    .append(text(figure.source().get().title()))
                                    .append('\n');
                            if (figure.source().get().url().isPresent()) {
                                out.append("          url: ")
                                        .append(quote(figure.source().get().url().get().toString()))
                                        .append('\n');
                            }
                        }
                    }
                }
            }
            out.append("organisations:").append(region.organisations().isEmpty() ? " []\n" : "\n");
            for (Organisation organisation : region.organisations()) {
                out.append("  - id: ").append(quote(organisation.id())).append('\n');
                out.append("    name: ").append(text(organisation.name())).append('\n');
                out.append("    type: ").append(organisation.type().formatName()).append('\n');
                if (organisation.legalForm().isPresent()) {
                    out.append("    legalForm: ").append(quote(organisation.legalForm().get())).append('\n');
                }
                out.append("    sectors: ").append(list(organisation.sectorIds())).append('\n');
                if (organisation.city().isPresent()) {
                    out.append("    city: ").append(quote(organisation.city().get())).append('\n');
                }
                if (organisation.website().isPresent()) {
                    out.append("    website: ").append(quote(organisation.website().get().toString())).append('\n');
                }
                optionalText(out, "    description: ", organisation.description().map(Prose::source));
                if (!organisation.tags().isEmpty()) {
                    out.append("    tags: ").append(list(organisation.tags())).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The format a region needs: {@code clusterfolio/1.1} when a figure has a qualifier or a text is not plain
     * (its meaning is not what format 1 would read), else {@code clusterfolio/1}.
     */
    public static String format(Region region) {
        boolean qualified = region.sectors().stream().flatMap(sector -> sector.keyFigures().stream())
                .anyMatch(figure -> figure.qualifier().isPresent());
        List<Prose> texts = new java.util.ArrayList<>();
        region.summary().ifPresent(texts::add);
        region.sectors().forEach(sector -> texts.add(sector.summary()));
        region.organisations().forEach(organisation -> organisation.description().ifPresent(texts::add));
        boolean rich = texts.stream().anyMatch(text -> !text.equals(Prose.plain(text.source())));
        return qualified || rich ? "clusterfolio/1.1" : "clusterfolio/1";
    }

    private static void optionalText(Appendable out, String key, Optional<LocalizedText> text) throws IOException {
        if (text.isPresent()) {
            out.append(key).append(text(text.get())).append('\n');
        }
    }

    private static String text(LocalizedText text) {
        if (text.isSameInEveryLanguage()) {
            return quote(text.everyLanguage().get());
        }
        StringBuilder map = new StringBuilder("{");
        for (Map.Entry<String, String> entry : text.byLanguage().entrySet()) {
            if (map.length() > 1) {
                map.append(", ");
            }
            map.append(entry.getKey()).append(": ").append(quote(entry.getValue()));
        }
        return map.append('}').toString();
    }

    private static String list(List<String> items) {
        StringBuilder list = new StringBuilder("[");
        for (String item : items) {
            if (list.length() > 1) {
                list.append(", ");
            }
            list.append(quote(item));
        }
        return list.append(']').toString();
    }

    /** A YAML double-quoted scalar; escapes everything YAML would otherwise fold or refuse. */
    public static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
                            || c == 0xfeff) {
                        quoted.append(String.format("\\u%04x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
