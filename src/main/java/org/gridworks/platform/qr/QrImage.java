package org.gridworks.platform.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code as a black-on-white PNG, drawn with ZXing's encoder and java.awt (headless: no screen is needed). Error
 * correction M survives a scuffed label; the quiet zone ZXing keeps around the code is what phone cameras need to
 * find it. Addresses are ASCII, but the text is encoded as UTF-8 so Chinese would survive too.
 */
public final class QrImage {

    /** Smallest and largest picture asked for, in pixels: a label prints at 2–3 cm, a screen shows 200 or so. */
    public static final int MIN_SIZE = 64;

    public static final int MAX_SIZE = 1024;

    /** A QR code of version 40 at level M holds about 2,300 bytes; our addresses are far shorter. */
    public static final int MAX_TEXT = 1000;

    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private QrImage() {}

    /**
     * The PNG of {@code text} as a QR code, {@code size} pixels square (clamped to MIN_SIZE..MAX_SIZE).
     *
     * @throws IllegalArgumentException for an empty text or one longer than {@link #MAX_TEXT}
     */
    public static byte[] png(String text, int size) {
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("QR text must have 1.." + MAX_TEXT + " characters");
        }
        int side = Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            side,
                            side,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.CHARACTER_SET,
                                    StandardCharsets.UTF_8.name(),
                                    EncodeHintType.MARGIN,
                                    4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit a QR code", e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
