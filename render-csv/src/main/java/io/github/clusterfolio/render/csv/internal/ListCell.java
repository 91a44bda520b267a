package io.github.clusterfolio.render.csv.internal;

import java.util.List;

/**
 * Writes a list (sector ids, tags) as one cell: the items separated by {@code |}, a {@code |} or
 * {@code \} inside an item preceded by {@code \}. An empty list is an empty cell; items are never
 * empty, so an empty cell is never a list of one empty item. The separator is none of the dialects'
 * delimiters, so the cell is only quoted when an item itself needs it.
 */
final class ListCell {
    static final char SEPARATOR = '|';
    static final char ESCAPE = '\\';

    private ListCell() {}

    static String join(List<String> items) {
        int size = items.size();
        if (size == 0) {
            return "";
        }
        if (size == 1 && plain(items.getFirst())) {
            return items.getFirst();
        }
        StringBuilder cell = new StringBuilder(size * 16);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                cell.append(SEPARATOR);
            }
            String item = items.get(i);
            if (plain(item)) {
                cell.append(item);
            } else {
                for (int c = 0; c < item.length(); c++) {
                    char ch = item.charAt(c);
                    if (ch == SEPARATOR || ch == ESCAPE) {
                        cell.append(ESCAPE);
                    }
                    cell.append(ch);
                }
            }
        }
        return cell.toString();
    }

    private static boolean plain(String item) {
        return item.indexOf(SEPARATOR) < 0 && item.indexOf(ESCAPE) < 0;
    }
}
