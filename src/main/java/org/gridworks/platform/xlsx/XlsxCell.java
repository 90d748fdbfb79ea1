package org.gridworks.platform.xlsx;

/**
 * A cell of one of the format's columns as read from the sheet.
 *
 * @param text the value as Excel's General format shows it (a number without a trailing .0), not trimmed; empty for
 *             an empty cell and for the columns whose values are not read
 * @param numeric whether the cell holds a number, then {@code number} is it
 * @param formula whether the cell holds a formula (its text is the result Excel last saved, if any)
 * @param tooLong whether the value is longer than the limit; then {@code text} is only its beginning
 */
public record XlsxCell(String text, boolean numeric, double number, boolean formula, boolean tooLong) {

    /** The column's letters as Excel shows them: 0 is A, 25 is Z, 26 is AA. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
