package org.ozvo.loaders.fits;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import nom.tam.fits.FitsDate;
import nom.tam.fits.utilities.FitsCheckSum;

/**
 * Writes HDUs with DATASUM and CHECKSUM, the cards, comments and order nom-tam-fits'
 * {@code FitsCheckSum.setChecksum} gives: DATASUM (of the data bytes) then CHECKSUM last,
 * computed over the header bytes (CHECKSUM all zeros) plus the data and filled into the bytes.
 * Sums are taken on the serialised arrays directly (nom-tam reads them through an
 * {@code IntBuffer}, slow when not compiled by C2).
 */
final class Checksums {

    private static final String ZEROS = "0000000000000000";
    /** {@code CHECKSUM= '} precedes the 16 characters of the value. */
    private static final int VALUE_AT = 11;

    /** One HDU to write: its header so far and its data unit (padded). */
    record Hdu(HeaderBlock header, byte[] data) {
    }

    private Checksums() {
    }

    /** Adds DATASUM and CHECKSUM to every HDU and writes the file to {@code out} (not closed). */
    static void write(OutputStream out, Hdu... hdus) throws IOException {
        String now = FitsDate.getFitsDateString();
        for (Hdu hdu : hdus) {
            long datasum = sum(hdu.data());
            HeaderBlock h = hdu.header();
            h.add(CardText.string("DATASUM", Long.toString(datasum), "data checksum at " + now));
            int card = h.length();
            h.add(CardText.string("CHECKSUM", ZEROS, "HDU checksum at " + now));
            byte[] header = h.toBytes();
            String checksum = FitsCheckSum.encode(FitsCheckSum.sumOf(sum(header), datasum));
            System.arraycopy(checksum.getBytes(StandardCharsets.US_ASCII), 0, header, card + VALUE_AT, ZEROS.length());
            out.write(header);
            out.write(hdu.data());
        }
        out.flush();
    }

    /**
     * The 32-bit ones' complement sum of big-endian 32-bit words (FITS checksum convention);
     * {@code bytes.length} is a multiple of 4 (whole FITS blocks).
     */
    static long sum(byte[] bytes) {
        if (bytes.length % 4 != 0) {
            throw new IllegalArgumentException("not whole 32-bit words: " + bytes.length + " bytes");
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < bytes.length; i += 4) {
            hi += ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff);
            lo += ((bytes[i + 2] & 0xff) << 8) | (bytes[i + 3] & 0xff);
        }
        // fold the carries of each half into the other
        while (true) {
            long hiCarry = hi >>> 16;
            long loCarry = lo >>> 16;
            if ((hiCarry | loCarry) == 0) {
                return (hi << 16) | lo;
            }
            hi = (hi & 0xffff) + loCarry;
            lo = (lo & 0xffff) + hiCarry;
        }
    }
}
