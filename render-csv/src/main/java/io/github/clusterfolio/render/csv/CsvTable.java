package io.github.clusterfolio.render.csv;

/** The three tables an export consists of, in the order {@link CsvExporter} writes them. */
public enum CsvTable {
    /** One row per organisation, in the region's order: {@code organisations.csv}. */
    ORGANISATIONS("organisations"),
    /** One row per sector, in the region's order, with the number of its organisations: {@code sectors.csv}. */
    SECTORS("sectors"),
    /** One row per key figure, sector by sector in the region's order: {@code key-figures.csv}. */
    KEY_FIGURES("key-figures");

    private final String baseName;

    CsvTable(String baseName) {
        this.baseName = baseName;
    }

    /** The file name without extension, such as {@code key-figures}. */
    public String baseName() {
        return baseName;
    }

    /** The file name in {@code dialect}, such as {@code key-figures.csv} or {@code key-figures.tsv}. */
    public String fileName(CsvDialect dialect) {
        return baseName + "." + dialect.fileExtension();
    }
}
