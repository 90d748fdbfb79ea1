package org.gridworks.platform.xlsx;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of a worksheet's XML, handed on one at a time while the parser reads. Only the cells of the format's
 * columns are looked at and only the value columns keep their text, so a row costs the same however wide the sheet
 * is; every cell is counted, and the read stops at the first cell past the limit or the first row past the last row
 * number allowed, without reading the rest.
 */
final class SheetRowsHandler extends DefaultHandler {

    /** worksheet, sheetData, row, c, is, r, t: a sheet is shallow; deep nesting is only there to cost memory. */
    private static final int MAX_DEPTH = 32;

    private final List<String> sharedStrings;
    private final XlsxLimits limits;
    private final XlsxSheetReader.RowConsumer consumer;
    private final StopReason stop;
    private final DataFormatter general = new DataFormatter(Locale.ROOT);
    private final StringBuilder value = new StringBuilder();

    private int depth;
    private boolean inSheetData;
    private long cells;
    private int rowNumber;
    private XlsxCell[] row;
    private int nextColumn;

    // the cell being read
    private boolean inCell;
    private int column;
    private String type;
    private boolean formula;
    private boolean inline;
    private boolean inPhonetic;
    private boolean collecting;
    private boolean tooLong;

    SheetRowsHandler(
            List<String> sharedStrings, XlsxLimits limits, XlsxSheetReader.RowConsumer consumer, StopReason stop) {
        this.sharedStrings = sharedStrings;
        this.limits = limits;
        this.consumer = consumer;
        this.stop = stop;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (++depth > MAX_DEPTH) {
            throw stop.inParser(XlsxRefusal.NOT_XLSX);
        }
        if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        if ("sheetData".equals(localName)) {
            inSheetData = true;
        } else if (inSheetData) {
            switch (localName) {
                case "row" -> startRow(attributes.getValue("r"));
                case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"));
                case "f" -> formula = inCell;
                case "v" -> collecting = inCell && !inline;
                case "is" -> inline = inCell;
                case "t" -> collecting = inline && !inPhonetic;
                case "rPh" -> inPhonetic = true; // a phonetic guide is not part of the value
                default -> {
                    // nothing else in a row carries the value
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "sheetData" -> inSheetData = false;
            case "row" -> endRow();
            case "c" -> endCell();
            case "v", "t" -> collecting = false;
            case "rPh" -> inPhonetic = false;
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!collecting || column >= limits.valueColumns()) {
            return;
        }
        int room = limits.maxCellText() - value.length();
        if (length > room) {
            tooLong = true;
        }
        if (room > 0) {
            value.append(ch, start, Math.min(length, room));
        }
    }

    private void startRow(String r) throws SAXException {
        if (r == null) {
            rowNumber++;
        } else {
            long number = whole(r);
            if (number < 1) {
                throw stop.inParser(XlsxRefusal.NOT_XLSX);
            }
            rowNumber = (int) Math.min(number, Integer.MAX_VALUE);
        }
        if (rowNumber > limits.maxRowNumber()) {
            throw stop.inParser(XlsxRefusal.TOO_MANY_ROWS);
        }
        row = null;
        nextColumn = 0;
    }

    private void endRow() {
        if (row != null) {
            XlsxCell[] done = row;
            row = null;
            try {
                consumer.row(rowNumber, done);
            } catch (RuntimeException e) {
                throw new ConsumerFailed(e);
            }
        }
    }

    private void startCell(String reference, String cellType) throws SAXException {
        if (++cells > limits.maxCells()) {
            throw stop.inParser(XlsxRefusal.TOO_MANY_CELLS);
        }
        column = reference == null ? nextColumn : column(reference);
        nextColumn = column + 1;
        inCell = true;
        type = cellType;
        formula = false;
        inline = false;
        inPhonetic = false;
        collecting = false;
        tooLong = false;
        value.setLength(0);
    }

    private void endCell() throws SAXException {
        inCell = false;
        collecting = false;
        if (column >= limits.columns()) {
            return; // past the format's columns: counted, not read
        }
        if (row == null) {
            row = new XlsxCell[limits.columns()];
        }
        row[column] = column < limits.valueColumns() ? valued() : new XlsxCell("", false, 0, formula, false);
    }

    /** The cell's value as Excel's General format shows it; POI's DataFormatter would say the same of these. */
    private XlsxCell valued() throws SAXException {
        String raw = value.toString();
        if (inline || "str".equals(type) || "e".equals(type) || "d".equals(type)) {
            return new XlsxCell(raw, false, 0, formula, tooLong);
        }
        if ("s".equals(type)) {
            long index = raw.isBlank() ? -1 : whole(raw.trim());
            if (index < 0 || index >= sharedStrings.size()) {
                throw stop.inParser(XlsxRefusal.NOT_XLSX); // a text the file does not have
            }
            String text = sharedStrings.get((int) index);
            boolean cut = text.length() > limits.maxCellText();
            return new XlsxCell(cut ? text.substring(0, limits.maxCellText()) : text, false, 0, formula, cut);
        }
        if ("b".equals(type)) {
            return new XlsxCell(
                    raw.isEmpty() ? "" : "1".equals(raw.trim()) ? "TRUE" : "FALSE", false, 0, formula, false);
        }
        if (raw.isBlank() || tooLong) {
            return new XlsxCell("", false, 0, formula, tooLong); // a styled empty cell, or no number at all
        }
        double number;
        try {
            number = Double.parseDouble(raw.trim());
        } catch (NumberFormatException notANumber) {
            return new XlsxCell(raw, false, 0, formula, false); // the caller says what is wrong with the text
        }
        return new XlsxCell(general(number), true, number, formula, false);
    }

    /**
     * The number as Excel's General format shows it. Whole numbers under 10^10 (codes, levels) are written directly:
     * General shows them as plain digits, and DataFormatter tests its format for a date by regular expression on
     * every call, a tenth of the time of reading a full export.
     */
    private String general(double number) {
        if (number == Math.rint(number)
                && Math.abs(number) < 1e10
                && Double.doubleToRawLongBits(number) != Double.doubleToRawLongBits(-0.0)) {
            return Long.toString((long) number);
        }
        return general.formatRawCellContents(number, 0, "General");
    }

    /** The column of a reference such as "AB12"; letters past XFD (the last column Excel has) are past any format. */
    private int column(String reference) throws SAXException {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (++letters > 3) {
                    return Integer.MAX_VALUE - 1;
                }
                column = column * 26 + (c - 'A' + 1);
            } else {
                break;
            }
        }
        if (letters == 0) {
            throw stop.inParser(XlsxRefusal.NOT_XLSX);
        }
        return column - 1;
    }

    /** A whole number written in the XML, or NOT_XLSX; more digits than a long holds count as Long.MAX_VALUE. */
    private long whole(String digits) throws SAXException {
        if (digits.isEmpty() || digits.length() > 40) {
            throw stop.inParser(XlsxRefusal.NOT_XLSX);
        }
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw stop.inParser(XlsxRefusal.NOT_XLSX);
            }
            n = n > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : n * 10 + (c - '0');
        }
        return n;
    }

    /** The caller's own failure, carried through the parser so that it is not taken for a broken file. */
    static final class ConsumerFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ConsumerFailed(RuntimeException cause) {
            super(cause);
        }
    }
}
