package org.ozvo.loaders.fits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.util.FitsOutputStream;
import org.junit.jupiter.api.Test;

/** Pixels decoded from the bytes are the arrays nom-tam-fits itself reads, for every BITPIX. */
class ImageKernelTest {

    @Test
    void decodesWhatNomTamReads() throws Exception {
        List<Object> images = List.of(
            new byte[] {1, -2, 3}, new short[] {-300, 0, 301}, new int[] {-70000, 1, 70001},
            new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE}, new float[] {1.5f, Float.NaN, -0f},
            new double[] {1e-300, Double.NaN, -2.5},
            new float[][] {{1, 2, 3}, {4, 5, 6}}, new short[][] {{1, -1}, {2, -2}, {3, -3}});
        for (Object image : images) {
            byte[] file = write(image);
            Header header;
            Object theirs;
            try (Fits fits = new Fits(new java.io.ByteArrayInputStream(file))) {
                BasicHDU<?> hdu = fits.readHDU();
                header = hdu.getHeader();
                theirs = hdu.getKernel();
            }
            Optional<Object> ours = ImageKernel.decode(header, file, header.getSize());
            assertTrue(ours.isPresent(), image.getClass().getSimpleName());
            assertTrue(Objects.deepEquals(new Object[] {theirs}, new Object[] {ours.get()}),
                image.getClass().getSimpleName());
            assertEquals(Optional.empty(), ImageKernel.decode(header, java.util.Arrays.copyOf(file, 2880 + 2), 2880),
                "short data is left to nom-tam-fits");
        }
    }

    private static byte[] write(Object kernel) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Fits fits = new Fits(); FitsOutputStream out = new FitsOutputStream(b)) {
            fits.addHDU(Fits.makeHDU(kernel));
            fits.write(out);
        }
        return b.toByteArray();
    }
}
