package org.gridworks.requests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** The signature drawn on a phone: a real PNG of a sensible size with ink on it, or a clear refusal. */
public class SignaturePngTest {

    /** A signature as a canvas gives it: transparent, with a dark stroke (or none). */
    public static byte[] drawn(int width, int height, boolean ink) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        if (ink) {
            g.setColor(new Color(0x1a, 0x23, 0x7e));
            g.setStroke(new BasicStroke(3));
            g.drawLine(10, height / 2, width - 10, height / 3);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return png.toByteArray();
    }

    private static String refusal(byte[] png) {
        return assertThrows(BusinessException.class, () -> SignaturePng.check(png))
                .messageKey();
    }

    @Test
    void aDrawnSignatureIsTakenWithItsSize() {
        byte[] png = drawn(600, 200, true);
        SignaturePng.Checked checked = SignaturePng.check(png);
        assertEquals(600, checked.width());
        assertEquals(200, checked.height());
        assertArrayEquals(png, checked.png());
        SignaturePng.Checked fromCanvas = SignaturePng.fromText(
                "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        assertEquals(600, fromCanvas.width());
        assertNull(SignaturePng.fromText(" "), "nothing sent");
    }

    @Test
    void notAPngOrAPngThatOnlyStartsLikeOneIsRefused() {
        assertEquals("request.signatureNotPng", refusal("GIF89a not a png at all, just text....".getBytes()));
        byte[] truncated = Arrays.copyOf(drawn(600, 200, true), 60);
        assertEquals("request.signatureNotPng", refusal(truncated));
        assertEquals(
                "request.signatureNotPng",
                assertThrows(BusinessException.class, () -> SignaturePng.fromText("data:image/jpeg;base64,/9j/4AAQ"))
                        .messageKey());
        assertEquals(
                "request.signatureNotPng",
                assertThrows(BusinessException.class, () -> SignaturePng.fromText("not base64 ***"))
                        .messageKey());
    }

    @Test
    void tooLargeInBytesOrPixelsOrEmptyIsRefused() {
        byte[] big = new byte[SignaturePng.MAX_BYTES + 1];
        System.arraycopy(drawn(600, 200, true), 0, big, 0, 33);
        assertEquals("request.signatureTooLarge", refusal(big));
        assertEquals("request.signatureBadSize", refusal(drawn(1601, 200, true)));
        assertEquals("request.signatureBadSize", refusal(drawn(99, 200, true)));
        assertEquals("request.signatureBadSize", refusal(drawn(600, 801, true)));
        assertEquals("request.signatureMissing", refusal(drawn(600, 200, false)), "a blank canvas is no signature");
        assertEquals("request.signatureMissing", refusal(new byte[0]));
        BusinessException field = assertThrows(BusinessException.class, () -> SignaturePng.check(new byte[0]));
        assertEquals("signature", field.field());
    }

    @Test
    void aHeaderClaimingAHugeImageIsRefusedBeforeAnythingIsDecoded() {
        byte[] png = drawn(600, 200, true);
        // width 0x7fffffff in IHDR: the size check answers, no decoder allocates it
        png[16] = 0x7f;
        png[17] = (byte) 0xff;
        png[18] = (byte) 0xff;
        png[19] = (byte) 0xff;
        assertEquals("request.signatureBadSize", refusal(png));
    }
}
