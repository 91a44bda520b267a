package io.github.clusterfolio.render.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads an exported table back the way a consumer would, following only the README: Commons CSV with the
 * dialect's settings, the UTF-8 byte order mark stripped, then the documented decodings of list cells and
 * of the formula guard. Deliberately independent of the exporter's internal classes.
 */
final class ReadBack {
    private static final Pattern GUARDED = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);

    private ReadBack() {}

    /** A table: its header and its records, each record a map from header to cell. */
    record Table(List<String> header, List<Map<String, String>> rows) {}

    static CSVFormat format(CsvDialect dialect) {
        return switch (dialect) {
            case RFC4180 -> CSVFormat.RFC4180;
            case EXCEL -> CSVFormat.RFC4180.builder().setDelimiter(';').get();
            case TSV -> CSVFormat.Builder.create()
                    .setDelimiter('\t')
                    .setQuote(null)
                    .setEscape('\\')
                    .setRecordSeparator("\n")
                    .get();
        };
    }

    static Table read(byte[] bytes, CsvDialect dialect) {
        try (BOMInputStream in = BOMInputStream.builder()
                        .setInputStream(new ByteArrayInputStream(bytes))
                        .setByteOrderMarks(ByteOrderMark.UTF_8)
                        .get();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(dialect)).get()) {
            List<CSVRecord> records = parser.getRecords();
            List<String> header = records.getFirst().toList();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                if (record.size() != header.size()) {
                    throw new AssertionError("record " + record.getRecordNumber() + " has " + record.size()
                            + " cells, the header " + header.size() + ": " + record.toList());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                rows.add(row);
            }
            return new Table(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Undoes the formula guard as the README describes it. */
    static String unguard(String cell) {
        return GUARDED.matcher(cell).matches() ? cell.substring(1) : cell;
    }

    /** Splits a list cell as the README describes it: {@code |} between items, {@code \} escaping the next character. */
    static List<String> splitList(String cell) {
        List<String> items = new ArrayList<>();
        if (cell.isEmpty()) {
            return items;
        }
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\') {
                item.append(cell.charAt(++i));
            } else if (c == '|') {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items;
    }
}
