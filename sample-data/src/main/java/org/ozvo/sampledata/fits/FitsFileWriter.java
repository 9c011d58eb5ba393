package org.ozvo.sampledata.fits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.HeaderCard;
import nom.tam.util.FitsOutputStream;

/**
 * Serialises HDUs into a FITS file, byte-for-byte reproducibly. nom-tam-fits stamps the
 * current date into the comment of the primary {@code SIMPLE} card; this writer replaces it
 * with the fixed text the surveys' files carry. No CHECKSUM/DATASUM is written: none of the
 * original survey files has them.
 */
public final class FitsFileWriter {

    private static final String SIMPLE_COMMENT = "file does conform to FITS standard";

    private FitsFileWriter() {
    }

    /** The complete file content. */
    public static byte[] toBytes(List<? extends BasicHDU<?>> hdus) throws IOException {
        try (Fits fits = new Fits()) {
            for (BasicHDU<?> hdu : hdus) {
                fits.addHDU(hdu);
            }
            HeaderCard simple = fits.getHDU(0).getHeader().findCard("SIMPLE");
            if (simple != null) {
                simple.setComment(SIMPLE_COMMENT);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (FitsOutputStream out = new FitsOutputStream(bytes)) {
                fits.write(out);
            }
            return bytes.toByteArray();
        } catch (FitsException e) {
            throw new IOException("cannot serialise FITS: " + e.getMessage(), e);
        }
    }

    /** Writes the file, creating parent directories; returns its size in bytes. */
    public static long write(Path file, List<? extends BasicHDU<?>> hdus) throws IOException {
        byte[] bytes = toBytes(hdus);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, bytes);
        return bytes.length;
    }
}
