package org.gridworks.platform.qr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrImageTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    /** Reads a QR PNG back with ZXing's own reader, as a phone would. */
    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)))
                .getText();
    }

    @Test
    void aStockAddressReadsBack() throws Exception {
        String url = "http://127.0.0.1:8080/stock/material.xhtml?code=CB-YJV22-3x70&warehouse=WH-WC";
        byte[] png = QrImage.png(url, 240);
        byte[] head = new byte[4];
        System.arraycopy(png, 0, head, 0, 4);
        assertArrayEquals(PNG_MAGIC, head);
        assertEquals(url, decode(png));
    }

    @Test
    void theSizeAskedForIsKeptWithinBounds() throws Exception {
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(QrImage.png("A", 1)));
        BufferedImage large = ImageIO.read(new ByteArrayInputStream(QrImage.png("A", 100_000)));
        assertEquals(64, small.getWidth());
        assertEquals(1024, large.getWidth());
        assertEquals("A", decode(QrImage.png("A", 1)));
    }

    @Test
    void chineseTextSurvives() throws Exception {
        assertEquals("金华 仓库 WH-JH", decode(QrImage.png("金华 仓库 WH-JH", 300)));
    }

    @Test
    void anEmptyOrTooLongTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrImage.png("", 200));
        assertThrows(IllegalArgumentException.class, () -> QrImage.png(null, 200));
        assertThrows(IllegalArgumentException.class, () -> QrImage.png("x".repeat(1001), 200));
    }
}
