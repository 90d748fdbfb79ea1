package org.gridworks.platform.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an uploaded .xlsx as a stream: POI's OPCPackage and XSSFReader find the parts, SAX reads
 * them, and the workbook is never built (POI's usermodel holds every cell as objects: a 2.6 MB upload of 60,000 rows
 * by 106 numbers took the whole heap). Each row is handed to the caller as it is read, and the read ends with a
 * refusal at the first limit passed; nothing read is kept after it returns but what the caller kept.
 */
public final class XlsxSheetReader {

    /** Takes one row of the first sheet that has a cell in the format's columns (rows without one are passed over). */
    @FunctionalInterface
    public interface RowConsumer {

        /**
         * @param rowNumber the row number as Excel shows it (the heading is row 1)
         * @param cells the format's columns from A; null where the row has no cell
         */
        void row(int rowNumber, XlsxCell[] cells);
    }

    private XlsxSheetReader() {}

    /**
     * Reads the rows of the first sheet into {@code rows}. Never throws for anything in the file: what cannot be read
     * is a refusal, and when there is one the caller should drop whatever rows it was given.
     */
    public static Optional<XlsxRefusal> read(byte[] content, XlsxLimits limits, RowConsumer rows) {
        if (FileMagic.valueOf(content) == FileMagic.OLE2) {
            return Optional.of(XlsxRefusal.OLD_OR_ENCRYPTED);
        }
        StopReason stop = new StopReason();
        try (GuardedZipSource source = new GuardedZipSource(content, limits.maxOtherPartBytes(), stop)) {
            OPCPackage pkg = OPCPackage.open(source);
            try {
                readFirstSheet(pkg, source, limits, rows, stop);
            } finally {
                pkg.revert(); // opened to read: closes the parts without writing anything back
            }
            return Optional.empty();
        } catch (SheetRowsHandler.ConsumerFailed e) {
            throw (RuntimeException) e.getCause();
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // POI says what is wrong in English and in its own terms; the user needs to know the file cannot be read
            return Optional.of(stop.reason() != null ? stop.reason() : XlsxRefusal.NOT_XLSX);
        }
    }

    private static void readFirstSheet(
            OPCPackage pkg, GuardedZipSource source, XlsxLimits limits, RowConsumer rows, StopReason stop)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        List<String> sharedStrings = List.of();
        List<PackagePart> sharedStringsParts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!sharedStringsParts.isEmpty()) {
            PackagePart part = sharedStringsParts.get(0);
            source.allow(part, limits.maxSharedStringsBytes());
            SharedStringsHandler handler = new SharedStringsHandler(limits, stop);
            parse(part.getInputStream(), handler);
            sharedStrings = handler.strings();
        }
        for (PackagePart sheet : pkg.getPartsByContentType(XSSFRelation.WORKSHEET.getContentType())) {
            source.allow(sheet, limits.maxSheetBytes()); // only the first one is read
        }
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (sheets.hasNext()) {
            parse(sheets.next(), new SheetRowsHandler(sharedStrings, limits, rows, stop));
        }
    }

    /** Parses with POI's hardened parser settings (no DTDs, no external entities). */
    private static void parse(InputStream part, ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        try (part) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(part));
        }
    }
}
