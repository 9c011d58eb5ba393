package org.ozvo.dali.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes one text cell of CSV or TSV from its UTF-8 bytes: CSV quotes a value holding a comma,
 * quote or line break and doubles its quotes (RFC 4180); TSV replaces tabs and line breaks by
 * spaces. Works on bytes because the characters that matter are ASCII, and UTF-8 never uses
 * bytes below 0x80 inside a multi-byte character. Stateless.
 */
final class DelimitedText {

    private final boolean csv;
    /** Bytes (as unsigned) that need quoting (CSV) or replacing (TSV). */
    private final boolean[] special = new boolean[256];

    DelimitedText(boolean csv) {
        this.csv = csv;
        special['\n'] = true;
        special['\r'] = true;
        if (csv) {
            special[','] = true;
            special['"'] = true;
        } else {
            special['\t'] = true;
        }
    }

    void write(ByteBuffer64 w, String value) throws IOException {
        write(w, value.getBytes(StandardCharsets.UTF_8));
    }

    void write(ByteBuffer64 w, byte[] utf8) throws IOException {
        int first = firstSpecial(utf8);
        if (first < 0) {
            w.bytes(utf8, 0, utf8.length);
        } else if (csv) {
            quoted(w, utf8);
        } else {
            w.bytes(utf8, 0, first);
            for (int k = first; k < utf8.length; k++) {
                byte c = utf8[k];
                w.ascii(c == '\t' || c == '\n' || c == '\r' ? ' ' : (char) (c & 0xFF));
            }
        }
    }

    private int firstSpecial(byte[] utf8) {
        for (int k = 0; k < utf8.length; k++) {
            if (special[utf8[k] & 0xFF]) {
                return k;
            }
        }
        return -1;
    }

    private static void quoted(ByteBuffer64 w, byte[] utf8) throws IOException {
        w.ascii('"');
        int run = 0;
        for (int k = 0; k < utf8.length; k++) {
            if (utf8[k] == '"') {
                w.bytes(utf8, run, k + 1 - run); // up to and including the quote, then its double
                w.ascii('"');
                run = k + 1;
            }
        }
        w.bytes(utf8, run, utf8.length - run);
        w.ascii('"');
    }
}
