package org.gridworks.platform.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BodyLimitFilterTest {

    @Test
    void uploadsKeepTheirDocumentedLimitsAndEverythingElseGetsOneMegabyte() {
        assertEquals(10 * 1024 * 1024, BodyLimitFilter.limitFor("PUT", "/api/v1/permit-documents/42/file"));
        assertEquals(5 * 1024 * 1024, BodyLimitFilter.limitFor("PUT", "/api/v1/stock/reserve-list"));
        assertEquals(1024 * 1024, BodyLimitFilter.limitFor("POST", "/api/v1/permit-documents/42/file"));
        assertEquals(1024 * 1024, BodyLimitFilter.limitFor("POST", "/api/v1/stock/movements"));
        assertEquals(1024 * 1024, BodyLimitFilter.limitFor("PUT", "/api/v1/me/notifications"));
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws IOException {
        byte[] body = new byte[1000];
        assertArrayEquals(body, BodyLimitFilter.readUpTo(new java.io.ByteArrayInputStream(body), 1000));
    }

    @Test
    void anEndlessBodyIsCutOffJustPastTheLimit() throws IOException {
        CountingEndless endless = new CountingEndless();
        assertNull(BodyLimitFilter.readUpTo(endless, 1024 * 1024));
        assertEquals(true, endless.served < 1024 * 1024 + 32 * 1024, "read " + endless.served);
    }

    /** A body that never ends, like a chunked upload of 300 MB. */
    static final class CountingEndless extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            return len;
        }
    }
}
