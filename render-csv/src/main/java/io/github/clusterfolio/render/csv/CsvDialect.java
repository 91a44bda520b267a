package io.github.clusterfolio.render.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How the tables are written: delimiter, line ending, byte order mark, decimal separator and quoting.
 * Every dialect writes UTF-8 and the same columns in the same order; only the encoding of the cells
 * differs. A caller selects one through {@link CsvExporter.Builder#dialect(CsvDialect)} or by putting it
 * into the {@link io.github.clusterfolio.render.RendererSettings} under {@code CsvDialect.class}.
 */
public enum CsvDialect {
    /**
     * RFC 4180: comma, CRLF after every record, UTF-8 without byte order mark, {@code .} as decimal
     * separator, double quotes only around cells that need them (cells that contain a comma, a quote or a
     * line break, begin with a space, {@code !}, {@code "}, {@code #} or a control character, or end with
     * a space or a control character); a quote inside a quoted cell is doubled. Files end in
     * {@code .csv}. The default.
     */
    RFC4180("rfc4180", "csv", false),

    /**
     * What Excel with German regional settings opens correctly by double-click: semicolon, CRLF, UTF-8
     * with a byte order mark (without it Excel reads the file as Windows-1252), {@code ,} as decimal
     * separator, quotes as in {@link #RFC4180}. Text cells that Excel would run as a formula are guarded
     * by default, see {@link CsvFormulaGuard}. Files end in {@code .csv}.
     */
    EXCEL("excel", "csv", true),

    /**
     * Tab-separated values, one record per line: tab between cells, LF after every record, UTF-8 without
     * byte order mark, {@code .} as decimal separator, never any quotes. Because a cell cannot be quoted,
     * a backslash, tab, line feed or carriage return inside a cell is written as {@code \\}, {@code \t},
     * {@code \n} or {@code \r} (the escapes of PostgreSQL's {@code COPY} text format); every other
     * character, double quotes included, is written as it is. Files end in {@code .tsv}.
     */
    TSV("tsv", "tsv", false);

    private final String formatName;
    private final String fileExtension;
    private final boolean guardsFormulasByDefault;

    CsvDialect(String formatName, String fileExtension, boolean guardsFormulasByDefault) {
        this.formatName = formatName;
        this.fileExtension = fileExtension;
        this.guardsFormulasByDefault = guardsFormulasByDefault;
    }

    /** The dialect's name on the command line ({@code --csv-dialect}): {@code rfc4180}, {@code excel} or {@code tsv}. */
    public String formatName() {
        return formatName;
    }

    /** The file name extension without the dot: {@code csv}, or {@code tsv} for {@link #TSV}. */
    public String fileExtension() {
        return fileExtension;
    }

    /** Whether text cells are guarded against formula injection unless the caller says otherwise. */
    public boolean guardsFormulasByDefault() {
        return guardsFormulasByDefault;
    }

    /** The dialect called {@code name} on the command line, if there is one; case matters. */
    public static Optional<CsvDialect> fromFormatName(String name) {
        return Arrays.stream(values()).filter(dialect -> dialect.formatName.equals(name)).findFirst();
    }

    /** All dialect names, in declaration order, for help texts and error messages. */
    public static List<String> formatNames() {
        return Arrays.stream(values()).map(CsvDialect::formatName).toList();
    }
}
