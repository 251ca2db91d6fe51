package io.newsflow.processing.clean.html;

import org.jsoup.nodes.Element;

/**
 * Recognises a table of data whose entries link somewhere: rows of two or more cells where the links keep to one
 * cell of each row (a company's name linked to its site, beside its revenue; a product linked to its review, beside
 * its price). A table used for navigation or a grid of buttons links in every cell. Hand-written.
 */
final class DataTables {
    static final int MIN_ROWS = 3;
    static final int MIN_CELLS = 2;
    /** Rows looked at, at most: the first rows show how a table is built. */
    static final int MAX_ROWS_LOOKED_AT = 30;

    private DataTables() {
    }

    /** Whether {@code table} is a table of data whose links, if any, keep to one cell of each row. */
    static boolean isLinkedData(Element table, TextStats stats) {
        int rows = 0;
        for (Element row : table.getElementsByTag("tr")) {
            if (rows >= MAX_ROWS_LOOKED_AT) {
                break;
            }
            int cells = 0;
            int linkedCells = 0;
            int textCells = 0;
            for (Element cell : row.children()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    cells++;
                    TextStats.Counts c = stats.of(cell);
                    linkedCells += c.linkChars > 0 ? 1 : 0;
                    textCells += c.chars > c.linkChars ? 1 : 0;
                }
            }
            if (cells < MIN_CELLS) {
                continue;
            }
            if (linkedCells > 1 || textCells == 0) {
                return false;
            }
            rows++;
        }
        return rows >= MIN_ROWS;
    }
}
