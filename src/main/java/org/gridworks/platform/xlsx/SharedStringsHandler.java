package org.gridworks.platform.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared texts (sharedStrings.xml) that text cells point to by number. POI's ReadOnlySharedStringsTable sizes its
 * list from the file's own uniqueCount (uniqueCount="2000000000" asks for an 8 GB array) and keeps every text whole;
 * this keeps at most one character more of each than a cell may hold (so the sheet can tell it is too long), refuses
 * more texts than the sheet may have cells, and does not keep the phonetic guides (rPh) that Excel adds to Japanese
 * text, which are not part of the value.
 */
final class SharedStringsHandler extends DefaultHandler {

    private static final int MAX_DEPTH = 32;

    private final int keep;
    private final long maxStrings;
    private final StopReason stop;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int depth;
    private boolean inItem;
    private boolean inText;
    private boolean inPhonetic;

    SharedStringsHandler(XlsxLimits limits, StopReason stop) {
        this.keep = limits.maxCellText() + 1;
        this.maxStrings = limits.maxCells();
        this.stop = stop;
    }

    /** The texts in their order, each cut after one character more than a cell may hold. */
    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (++depth > MAX_DEPTH) {
            throw stop.inParser(XlsxRefusal.NOT_XLSX);
        }
        if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "t" -> inText = inItem;
            case "rPh" -> inPhonetic = true;
            default -> {
                // run properties and the like carry no text
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
            case "si" -> {
                if (strings.size() >= maxStrings) {
                    throw stop.inParser(XlsxRefusal.TOO_LARGE);
                }
                strings.add(text.isEmpty() ? "" : text.toString());
                inItem = false;
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && !inPhonetic && text.length() < keep) {
            text.append(ch, start, Math.min(length, keep - text.length()));
        }
    }
}
