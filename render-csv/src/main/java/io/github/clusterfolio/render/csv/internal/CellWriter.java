package io.github.clusterfolio.render.csv.internal;

import io.github.clusterfolio.render.csv.CsvDialect;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes the cells of one table straight through to a {@link Writer}, one record at a time, in the
 * encoding of a dialect: quoting or TSV escapes, decimal separator, the formula guard on text cells.
 * Checks that every record has as many cells as the header, and warns where Excel would cut a cell or
 * drop rows.
 */
final class CellWriter {
    /** The most characters Excel keeps in one cell. */
    static final int EXCEL_CELL_LIMIT = 32_767;
    /** The most rows an Excel worksheet has, the header row included. */
    static final long EXCEL_ROW_LIMIT = 1_048_576;

    private static final CSVFormat RFC4180 = CSVFormat.Builder.create()
            .setDelimiter(',')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();
    private static final CSVFormat EXCEL = RFC4180.builder().setDelimiter(';').get();
    // TSV cells are escaped by TsvEscapes beforehand; Commons CSV must neither quote nor escape again.
    private static final CSVFormat TSV = CSVFormat.Builder.create()
            .setDelimiter('\t')
            .setQuote(null)
            .setEscape(null)
            .setRecordSeparator("\n")
            .get();

    private final CSVPrinter printer;
    private final String fileName;
    private final List<String> header;
    private final boolean tsv;
    private final boolean excel;
    private final boolean guard;
    private final Consumer<String> warnings;
    private int column;
    private long row;

    CellWriter(Writer out, CsvDialect dialect, boolean guard, String fileName, List<String> header,
            Consumer<String> warnings) throws IOException {
        this.fileName = fileName;
        this.header = header;
        this.tsv = dialect == CsvDialect.TSV;
        this.excel = dialect == CsvDialect.EXCEL;
        this.guard = guard;
        this.warnings = warnings;
        if (excel) {
            // Without a byte order mark Excel decodes the file as the Windows code page: "MÃ¼nster".
            out.write('\uFEFF');
        }
        this.printer = new CSVPrinter(out, switch (dialect) {
            case RFC4180 -> RFC4180;
            case EXCEL -> EXCEL;
            case TSV -> TSV;
        });
        // Header cells are text too, and with labels files their words come from the user: guard them alike.
        for (String cell : header) {
            String guarded = guard ? FormulaGuard.guard(cell) : cell;
            printer.print(tsv ? TsvEscapes.escape(guarded) : guarded);
            column++;
        }
        endRecord();
    }

    /** A text cell; {@code null} or empty is an empty cell. Guarded against formula injection if enabled. */
    void text(String text) throws IOException {
        if (text == null || text.isEmpty()) {
            empty();
            return;
        }
        String cell = guard ? FormulaGuard.guard(text) : text;
        if (excel && cell.length() > EXCEL_CELL_LIMIT) {
            warnings.accept(fileName + ", row " + (row + 1) + ", column " + header.get(column) + ": the text has "
                    + cell.length() + " characters; Excel shows at most " + EXCEL_CELL_LIMIT
                    + " in a cell and cuts the rest off");
        }
        printer.print(tsv ? TsvEscapes.escape(cell) : cell);
        column++;
    }

    /**
     * A numeric cell, written as {@code plain} (digits, an optional leading {@code -} and an optional
     * {@code .}) with the dialect's decimal separator; never guarded, so a negative number stays a number.
     */
    void number(String plain) throws IOException {
        printer.print(excel ? plain.replace('.', ',') : plain);
        column++;
    }

    /** An empty cell. */
    void empty() throws IOException {
        printer.print("");
        column++;
    }

    /** Ends the record; every record must have as many cells as the header. */
    void endRecord() throws IOException {
        if (column != header.size()) {
            throw new IllegalStateException(fileName + ": record " + (row + 1) + " has " + column + " cells, the header "
                    + header.size());
        }
        printer.println();
        column = 0;
        row++;
    }

    /** Flushes what is buffered and warns when Excel would not show every row. */
    void finish() throws IOException {
        printer.flush();
        if (excel && row > EXCEL_ROW_LIMIT) {
            warnings.accept(fileName + " has " + row + " rows with the header; Excel shows only the first "
                    + EXCEL_ROW_LIMIT);
        }
    }
}
