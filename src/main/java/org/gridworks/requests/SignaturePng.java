package org.gridworks.requests;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.gridworks.platform.BusinessException;

/**
 * The signature drawn on a phone, as it arrives: a PNG of at most {@link #MAX_BYTES}, between {@link #MIN_WIDTH}×
 * {@link #MIN_HEIGHT} and {@link #MAX_WIDTH}×{@link #MAX_HEIGHT} pixels, with ink on it. The header is read before
 * anything is decoded, so an image that claims a huge size is refused without allocating it; then it is decoded
 * whole, so what is stored and later shown on the delivery note is a picture and not bytes that only start like one.
 */
public final class SignaturePng {

    /** 60 KiB: a signature drawn on a phone's canvas is a few KiB; the column (BLOB) holds 64 KiB. */
    public static final int MAX_BYTES = 60 * 1024;

    public static final int MIN_WIDTH = 100;
    public static final int MIN_HEIGHT = 50;
    public static final int MAX_WIDTH = 1600;
    public static final int MAX_HEIGHT = 800;

    private static final byte[] MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String DATA_URL = "data:image/png;base64,";

    private SignaturePng() {}

    /** A checked signature: its bytes and size. */
    public record Checked(byte[] png, int width, int height) {}

    /**
     * The signature as a page or the API sends it: base64, with or without the {@code data:image/png;base64,}
     * prefix a canvas gives; null when nothing was sent.
     */
    public static Checked fromText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String base64 = text.strip();
        if (base64.startsWith(DATA_URL)) {
            base64 = base64.substring(DATA_URL.length());
        } else if (base64.startsWith("data:")) {
            throw BusinessException.invalid("signature", "request.signatureNotPng");
        }
        if (base64.length() > (MAX_BYTES + 2) / 3 * 4 + 4) {
            throw BusinessException.invalid("signature", "request.signatureTooLarge", MAX_BYTES / 1024);
        }
        try {
            return check(Base64.getMimeDecoder().decode(base64));
        } catch (IllegalArgumentException notBase64) {
            throw BusinessException.invalid("signature", "request.signatureNotPng");
        }
    }

    public static Checked check(byte[] png) {
        if (png == null || png.length == 0) {
            throw BusinessException.invalid("signature", "request.signatureMissing");
        }
        if (png.length > MAX_BYTES) {
            throw BusinessException.invalid("signature", "request.signatureTooLarge", MAX_BYTES / 1024);
        }
        // the signature, then the IHDR chunk (length 13, type, width, height) always comes first
        if (png.length < 33
                || !Arrays.equals(Arrays.copyOf(png, 8), MAGIC)
                || !"IHDR".equals(new String(png, 12, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw BusinessException.invalid("signature", "request.signatureNotPng");
        }
        long width = readInt(png, 16);
        long height = readInt(png, 20);
        if (width < MIN_WIDTH || height < MIN_HEIGHT || width > MAX_WIDTH || height > MAX_HEIGHT) {
            throw BusinessException.invalid(
                    "signature", "request.signatureBadSize", MIN_WIDTH, MIN_HEIGHT, MAX_WIDTH, MAX_HEIGHT);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException broken) {
            image = null;
        }
        if (image == null) {
            throw BusinessException.invalid("signature", "request.signatureNotPng");
        }
        if (!hasInk(image)) {
            throw BusinessException.invalid("signature", "request.signatureMissing");
        }
        return new Checked(png.clone(), image.getWidth(), image.getHeight());
    }

    /** Some pixel that is neither transparent nor near white: something was drawn. */
    private static boolean hasInk(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                if (alpha > 64 && r + g + b < 600) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xffL) << 24)
                | ((bytes[at + 1] & 0xffL) << 16)
                | ((bytes[at + 2] & 0xffL) << 8)
                | (bytes[at + 3] & 0xffL);
    }
}
