package org.ozvo.loaders.fits;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of one image HDU's header, in order: the structural keywords first (worded as
 * nom-tam-fits words them), then whatever the writer adds; serialised with END into whole
 * 2880-byte blocks padded with blanks.
 */
final class HeaderBlock {

    static final int BLOCK = 2880;
    private static final byte[] END = "END".getBytes(StandardCharsets.US_ASCII);

    private final StringBuilder records = new StringBuilder(BLOCK * 2);

    private HeaderBlock() {
    }

    /** A primary HDU of float32 pixels; {@code naxes} fastest axis first (NAXIS1, NAXIS2...). */
    static HeaderBlock primary(String simpleComment, int... naxes) {
        HeaderBlock h = new HeaderBlock();
        h.add(CardText.literal("SIMPLE", "T", simpleComment));
        h.axes(naxes);
        h.add(CardText.literal("EXTEND", "T", "allow extensions"));
        return h;
    }

    /** An IMAGE extension of float32 pixels. */
    static HeaderBlock imageExtension(int... naxes) {
        HeaderBlock h = new HeaderBlock();
        h.add(CardText.string("XTENSION", "IMAGE", "HDU extension type"));
        h.axes(naxes);
        h.add(CardText.literal("PCOUNT", "0", "associated parameter count"));
        h.add(CardText.literal("GCOUNT", "1", "group count"));
        return h;
    }

    private void axes(int... naxes) {
        add(CardText.literal("BITPIX", "-32", "bits per data element"));
        add(CardText.literal("NAXIS", Integer.toString(naxes.length), "dimensionality of data"));
        for (int i = 0; i < naxes.length; i++) {
            add(CardText.literal("NAXIS" + (i + 1), Integer.toString(naxes[i]), "n'th data dimension"));
        }
    }

    /** Appends one or more whole records (from {@link CardText}). */
    void add(String cardRecords) {
        if (cardRecords.length() % CardText.CARD != 0) {
            throw new IllegalArgumentException("not whole 80-character records: [" + cardRecords + "]");
        }
        records.append(cardRecords);
    }

    /** Bytes written so far, i.e. where the next record starts. */
    int length() {
        return records.length();
    }

    /** The header with END, padded with blanks to whole blocks. */
    byte[] toBytes() {
        int used = records.length() + CardText.CARD;
        byte[] bytes = new byte[(used + BLOCK - 1) / BLOCK * BLOCK];
        Arrays.fill(bytes, (byte) ' ');
        byte[] text = records.toString().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, bytes, 0, text.length);
        System.arraycopy(END, 0, bytes, records.length(), END.length);
        return bytes;
    }
}
