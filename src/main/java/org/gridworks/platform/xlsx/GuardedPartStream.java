package org.gridworks.platform.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A part of the package as it unpacks, stopped once it passes its allowance: a zip bomb ends here, not in the heap.
 * It also stops at XML that no spreadsheet program writes but that the parser would hold whole in memory however
 * little the handler keeps: a stretch between two '&lt;' longer than any cell's text (an attribute value, which cannot
 * hold a '&lt;', is held whole), a comment, processing instruction, CDATA section or declaration longer than
 * {@link #MAX_SPECIAL}, and a NUL byte (UTF-8 XML has none; UTF-16 would slip past the byte checks).
 */
final class GuardedPartStream extends FilterInputStream {

    /** A cell's text is at most 32,767 characters; escaped (&amp;amp; is five bytes) it still fits. */
    static final int MAX_RUN = 256 * 1024;

    static final int MAX_SPECIAL = 64 * 1024;

    /** Where the bytes are: in ordinary markup or text, just after '<', '<!', '<!-', or inside a special section. */
    private enum State {
        NORMAL,
        LT,
        BANG,
        BANG_DASH,
        COMMENT,
        CDATA,
        PI,
        DECLARATION
    }

    private final long allowance;
    private final StopReason stop;
    private long unpacked;
    private State state = State.NORMAL;
    private int run;
    private int special;
    private int last;
    private int beforeLast;

    GuardedPartStream(InputStream in, long allowance, StopReason stop) {
        super(in);
        this.allowance = allowance;
        this.stop = stop;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            count(1);
            look(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            count(n);
            for (int i = offset, end = offset + n; i < end; i++) {
                int b = buffer[i] & 0xFF;
                // the common byte, inside text or a tag, is only counted: this loop sees every byte of a 40 MB sheet
                if (state == State.NORMAL && b != '<' && b != 0) {
                    if (++run > MAX_RUN) {
                        throw stop.inStream(XlsxRefusal.NOT_XLSX);
                    }
                } else {
                    look(b);
                }
            }
        }
        return n;
    }

    /** Skipped bytes are read and looked at like the others, so nothing passes unchecked. */
    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long skipped = 0;
        while (skipped < n) {
            int got = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (got < 0) {
                break;
            }
            skipped += got;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int limit) {
        // not supported: a reset would look at the same bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void count(int n) throws IOException {
        unpacked += n;
        if (unpacked > allowance) {
            throw stop.inStream(XlsxRefusal.TOO_LARGE);
        }
    }

    private void look(int b) throws IOException {
        if (b == 0) {
            throw stop.inStream(XlsxRefusal.NOT_XLSX);
        }
        switch (state) {
            case COMMENT -> endSpecialAt(b == '>' && last == '-' && beforeLast == '-');
            case CDATA -> endSpecialAt(b == '>' && last == ']' && beforeLast == ']');
            case PI -> endSpecialAt(b == '>' && last == '?');
            case DECLARATION -> endSpecialAt(b == '>');
            default -> {
                if (b == '<') {
                    state = State.LT;
                    run = 0;
                } else {
                    state = switch (state) {
                        case LT -> b == '!' ? State.BANG : b == '?' ? State.PI : State.NORMAL;
                        case BANG -> b == '-' ? State.BANG_DASH : b == '[' ? State.CDATA : State.DECLARATION;
                        case BANG_DASH -> b == '-' ? State.COMMENT : State.DECLARATION;
                        default -> State.NORMAL;
                    };
                    if (++run > MAX_RUN) {
                        throw stop.inStream(XlsxRefusal.NOT_XLSX);
                    }
                }
                special = 0;
            }
        }
        beforeLast = last;
        last = b;
    }

    private void endSpecialAt(boolean end) throws IOException {
        if (end) {
            state = State.NORMAL;
            run = 0;
        } else if (++special > MAX_SPECIAL) {
            throw stop.inStream(XlsxRefusal.NOT_XLSX);
        }
    }
}
