package org.ozvo.loaders.fits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Data;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsDate;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.header.Checksum;
import nom.tam.fits.utilities.FitsCheckSum;
import nom.tam.util.FitsOutputStream;

/**
 * Writes HDUs built in memory with CHECKSUM/DATASUM, serialising each header and data once,
 * in this thread. Same cards, order, comments and values as nom-tam-fits'
 * {@code Fits.setChecksum()} followed by {@code Fits.write()}, which streams every header and
 * data block through a pipe read by a new thread, then serialises everything a second time
 * (both measurable costs per small file).
 */
final class Checksums {

    private static final String ZEROS = "0000000000000000";
    /** Stands in for CHECKSUM while the header is serialised; same length, renamed in the bytes. */
    private static final String PLACEHOLDER = "CHECKSUX";
    private static final int CARD = 80;
    /** {@code CHECKSUM= '} precedes the 16 characters of the value. */
    private static final int VALUE_AT = 11;

    private Checksums() {
    }

    /**
     * Sets DATASUM and CHECKSUM of every HDU of {@code fits} and writes the whole file to
     * {@code out} (not closed).
     */
    static void write(Fits fits, OutputStream out) throws FitsException, IOException {
        String now = FitsDate.getFitsDateString();
        ByteArrayOutputStream file = new ByteArrayOutputStream(1 << 15);
        for (int i = 0; i < fits.getNumberOfHDUs(); i++) {
            BasicHDU<?> hdu = fits.getHDU(i);
            byte[] data = dataBytes(hdu.getData());
            long datasum = datasum(data);
            byte[] header = headerBytes(hdu.getHeader(), datasum, now);
            file.write(header);
            file.write(data);
        }
        file.writeTo(out);
        out.flush();
    }

    /** The data block as written to the file, padding included (empty when there is none). */
    private static byte[] dataBytes(Data data) throws FitsException, IOException {
        long size = data == null ? 0 : data.getSize();
        if (size <= 0) {
            return new byte[0];
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream((int) size + 2880);
        try (FitsOutputStream out = new FitsOutputStream(b)) {
            data.write(out);
        }
        return b.toByteArray();
    }

    private static long datasum(byte[] bytes) {
        int whole = bytes.length & ~3;
        long sum = FitsCheckSum.checksum(bytes, 0, whole);
        if (whole < bytes.length) {
            byte[] tail = new byte[4];
            System.arraycopy(bytes, whole, tail, 0, bytes.length - whole);
            sum = FitsCheckSum.sumOf(sum, FitsCheckSum.checksum(tail));
        }
        return sum;
    }

    /**
     * Adds DATASUM and CHECKSUM as {@code FitsCheckSum.setDatasum} does (same cards, order and
     * comments) and returns the header block with the final CHECKSUM, computed on the bytes.
     *
     * <p>nom-tam's {@code Header.write} recomputes CHECKSUM (through a piped thread) whenever
     * the header has one, so the card is written under a placeholder key of the same length,
     * which is then renamed, and its value filled in, in the bytes.
     */
    private static byte[] headerBytes(Header header, long datasum, String now) throws FitsException, IOException {
        header.seekTail();
        header.updateLine(Checksum.DATASUM, new HeaderCard(Checksum.DATASUM.key(), Long.toString(datasum),
            "data checksum at " + now));
        header.deleteKey(Checksum.CHECKSUM);
        header.seekTail();
        header.addValue(PLACEHOLDER, ZEROS, "HDU checksum at " + now);
        byte[] bytes = serialise(header);
        header.deleteKey(PLACEHOLDER);
        int card = placeholderCard(bytes);
        if (card < 0) {
            // unexpected layout: let nom-tam-fits do it (slower, same result)
            header.seekTail();
            header.addValue(Checksum.CHECKSUM, ZEROS);
            FitsCheckSum.setDatasum(header, datasum);
            return serialise(header);
        }
        System.arraycopy(Checksum.CHECKSUM.key().getBytes(StandardCharsets.US_ASCII), 0, bytes, card, 8);
        String checksum = FitsCheckSum.encode(FitsCheckSum.sumOf(FitsCheckSum.checksum(bytes), datasum));
        System.arraycopy(checksum.getBytes(StandardCharsets.US_ASCII), 0, bytes, card + VALUE_AT, ZEROS.length());
        // the Header object as it was written (with its CHECKSUM), should anyone look at it again
        header.seekTail();
        HeaderCard written = header.addValue(Checksum.CHECKSUM, checksum);
        written.setComment("HDU checksum at " + now);
        return bytes;
    }

    private static byte[] serialise(Header header) throws FitsException, IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(2880 * 2);
        try (FitsOutputStream out = new FitsOutputStream(b)) {
            header.write(out);
        }
        return b.toByteArray();
    }

    /** Offset of the card {@code CHECKSUX= '0000000000000000'}, or -1. */
    private static int placeholderCard(byte[] header) {
        byte[] key = (PLACEHOLDER + "= '" + ZEROS + "'").getBytes(StandardCharsets.US_ASCII);
        for (int card = 0; card + CARD <= header.length; card += CARD) {
            boolean match = true;
            for (int k = 0; k < key.length && match; k++) {
                match = header[card + k] == key[k];
            }
            if (match) {
                return card;
            }
        }
        return -1;
    }
}
