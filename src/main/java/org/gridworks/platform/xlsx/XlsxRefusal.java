package org.gridworks.platform.xlsx;

/** Why a file was refused as a whole; the caller turns each into a message in its own words. */
public enum XlsxRefusal {
    /** Not a zip, not an Office package, a damaged one, or XML that no spreadsheet program writes. */
    NOT_XLSX,
    /** An OLE2 container: an old .xls workbook, or an .xlsx with a password (Excel encrypts those into OLE2). */
    OLD_OR_ENCRYPTED,
    /** A row past the last row number allowed. */
    TOO_MANY_ROWS,
    /** More cells than allowed, counting the cells of every column. */
    TOO_MANY_CELLS,
    /** A part of the file unpacks to more than it was allowed, or the shared texts are more than allowed. */
    TOO_LARGE
}
