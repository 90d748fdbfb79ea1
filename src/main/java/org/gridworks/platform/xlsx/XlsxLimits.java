package org.gridworks.platform.xlsx;

/**
 * What one read of an uploaded workbook may cost.
 *
 * @param maxRowNumber the last row number (as Excel shows it, heading included) a file may have; the read stops at
 *                     the first row past it
 * @param columns the columns the format has (from A): a formula in any of them is reported; cells to the right are
 *                counted and otherwise passed over unread
 * @param valueColumns the leading columns whose values the caller reads; only these keep their text
 * @param maxCells all cells of the sheet, of every column
 * @param maxCellText the characters kept of a value; a longer value is reported as too long, not cut
 * @param maxSheetBytes the sheet's XML once unpacked
 * @param maxSharedStringsBytes the shared texts' XML once unpacked (they are held while the sheet is read)
 * @param maxOtherPartBytes every other part read (content types, relationships, workbook, properties) once unpacked
 */
public record XlsxLimits(
        int maxRowNumber,
        int columns,
        int valueColumns,
        long maxCells,
        int maxCellText,
        long maxSheetBytes,
        long maxSharedStringsBytes,
        long maxOtherPartBytes) {

    public XlsxLimits {
        if (maxRowNumber < 1
                || columns < 1
                || valueColumns < 0
                || valueColumns > columns
                || maxCells < 1
                || maxCellText < 1
                || maxSheetBytes < 1
                || maxSharedStringsBytes < 1
                || maxOtherPartBytes < 1) {
            throw new IllegalArgumentException("limits out of range");
        }
    }
}
