package org.gridworks.platform.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The smallest .xlsx POI opens, around a sheet's XML written by hand: for what Excel never writes but a file can
 * hold (a formula next to a value, a row past the limit followed by garbage, an attribute of 300 KB).
 */
public final class HandMadeXlsx {

    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private HandMadeXlsx() {}

    /** A workbook whose one sheet has these rows (the inside of sheetData). */
    public static byte[] withRows(String rows) {
        return of("<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>", null);
    }

    /** A workbook with this sheet XML and, unless null, this sharedStrings.xml. */
    public static byte[] of(String sheet, String sharedStrings) {
        return of(
                sheet.getBytes(StandardCharsets.UTF_8),
                sharedStrings == null ? null : sharedStrings.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] of(byte[] sheet, byte[] sharedStrings) {
        return of(out -> out.write(sheet), sharedStrings);
    }

    /** Writes the sheet's XML straight into the package, for sheets too large to build as a string. */
    @FunctionalInterface
    public interface SheetWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A workbook whose sheet XML the writer writes and, unless null, with this sharedStrings.xml. */
    public static byte[] of(SheetWriter sheet, byte[] sharedStrings) {
        String sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
        String stringsType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(
                    zip,
                    "[Content_Types].xml",
                    ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                                    + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/"
                                    + "sheet1.xml\" ContentType=\"" + sheetType + "\"/>"
                                    + (sharedStrings == null
                                            ? ""
                                            : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
                                                    + stringsType + "\"/>")
                                    + "</Types>")
                            .getBytes(StandardCharsets.UTF_8));
            put(
                    zip,
                    "_rels/.rels",
                    ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                    + "relationships\"><Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" "
                                    + "Target=\"xl/workbook.xml\"/></Relationships>")
                            .getBytes(StandardCharsets.UTF_8));
            put(
                    zip,
                    "xl/workbook.xml",
                    ("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + rel + "\"><sheets>"
                                    + "<sheet name=\"levels\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                            .getBytes(StandardCharsets.UTF_8));
            put(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    ("<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + rel
                                    + "/worksheet\" "
                                    + "Target=\"worksheets/sheet1.xml\"/>"
                                    + (sharedStrings == null
                                            ? ""
                                            : "<Relationship Id=\"rId2\" " + "Type=\"" + rel
                                                    + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                                    + "</Relationships>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet.write(zip);
            zip.closeEntry();
            if (sharedStrings != null) {
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
