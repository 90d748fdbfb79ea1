package org.gridworks.permits;

import java.util.Locale;
import org.gridworks.platform.BusinessException;

/**
 * Accepts a document file only when its content is what its name says: PDF, PNG or JPEG, recognised by their
 * first bytes, at most 10 MB. The name the browser sent is kept for display only.
 */
public final class UploadCheck {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private UploadCheck() {}

    /** The content type the bytes really have; refuses empty, oversized, unknown or misnamed files. */
    public static String contentType(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("file", "upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.invalid("file", "upload.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String detected = detect(content);
        if (detected == null) {
            throw BusinessException.invalid("file", "upload.unknownType");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean nameFits = switch (detected) {
            case "application/pdf" -> name.endsWith(".pdf");
            case "image/png" -> name.endsWith(".png");
            case "image/jpeg" -> name.endsWith(".jpg") || name.endsWith(".jpeg");
            default -> false;
        };
        if (!nameFits) {
            throw BusinessException.invalid("file", "upload.nameMismatch", fileName);
        }
        return detected;
    }

    static String detect(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A file name safe to store and show: no path, no control characters, at most 200 characters. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "file" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }
}
