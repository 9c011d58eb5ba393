package org.ozvo.dali.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A 64 KiB output buffer that takes ASCII text without a charset encoder (the common case for
 * table cells: numbers, identifiers, URLs) and UTF-8 encodes anything else. Flushes to the
 * wrapped stream, never closes it. Single-threaded.
 */
final class ByteBuffer64 {

    private final OutputStream out;
    private final byte[] buf = new byte[64 * 1024];
    private int n;

    ByteBuffer64(OutputStream out) {
        this.out = out;
    }

    /** One character below 0x80. */
    void ascii(char c) throws IOException {
        if (n == buf.length) {
            drain();
        }
        buf[n++] = (byte) c;
    }

    /** Text known to be ASCII (or checked by the caller). */
    void ascii(CharSequence s) throws IOException {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            if (n == buf.length) {
                drain();
            }
            buf[n++] = (byte) s.charAt(i);
        }
    }

    /** Any text, UTF-8 encoded. */
    void text(String s) throws IOException {
        if (isAscii(s)) {
            ascii(s);
        } else {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (b.length > buf.length - n) {
                drain();
            }
            if (b.length > buf.length) {
                out.write(b);
            } else {
                System.arraycopy(b, 0, buf, n, b.length);
                n += b.length;
            }
        }
    }

    static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Writes what is buffered and flushes the stream. */
    void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }
}
