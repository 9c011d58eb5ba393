package org.ozvo.dali.write;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A 64 KiB output buffer that takes ASCII text without a charset encoder (separators, numbers
 * Java formatted) and text already encoded as UTF-8 bytes (the database's own). Flushes to the
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

    /** Bytes as they are (already encoded text). */
    void bytes(byte[] b, int off, int len) throws IOException {
        if (len > buf.length - n) {
            drain();
            if (len > buf.length) {
                out.write(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
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
