package org.ozvo.loaders.fits;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import nom.tam.fits.Header;

/**
 * Decodes the raw pixels of a 1-D or 2-D image HDU straight from the file's bytes, the same
 * arrays nom-tam-fits' {@code ImageData.read} gives ({@code [NAXIS2][NAXIS1]}, stored values,
 * no scaling), without its stream, which also checksums every byte it reads (a tenth of the
 * cost of reading a survey file). Anything else (more axes, random groups, data shorter than
 * the header says) is left to nom-tam-fits, with its checks and messages.
 */
final class ImageKernel {

    private ImageKernel() {
    }

    static Optional<Object> decode(Header h, byte[] bytes, long offset) {
        int naxis = h.getIntValue("NAXIS", 0);
        if (naxis < 1 || naxis > 2 || h.getIntValue("PCOUNT", 0) != 0 || h.getIntValue("GCOUNT", 1) != 1) {
            return Optional.empty();
        }
        int naxis1 = h.getIntValue("NAXIS1", 0);
        int naxis2 = naxis == 2 ? h.getIntValue("NAXIS2", 0) : 1;
        int bitpix = h.getIntValue("BITPIX", 0);
        int width = Math.abs(bitpix) / 8;
        long size = (long) naxis1 * naxis2 * width;
        if (naxis1 < 1 || naxis2 < 1 || !isStandard(bitpix) || offset < 0 || offset + size > bytes.length) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, (int) offset, (int) size).slice().order(ByteOrder.BIG_ENDIAN);
        if (naxis == 1) {
            return Optional.of(row(b, bitpix, naxis1));
        }
        Object[] rows = rows(bitpix, naxis2);
        for (int r = 0; r < naxis2; r++) {
            rows[r] = row(b, bitpix, naxis1);
        }
        return Optional.of(rows);
    }

    private static boolean isStandard(int bitpix) {
        return bitpix == 8 || bitpix == 16 || bitpix == 32 || bitpix == 64 || bitpix == -32 || bitpix == -64;
    }

    /** The next {@code n} values from {@code b}, as the primitive array type of BITPIX. */
    private static Object row(ByteBuffer b, int bitpix, int n) {
        switch (bitpix) {
            case 8 -> {
                byte[] a = new byte[n];
                b.get(a);
                return a;
            }
            case 16 -> {
                short[] a = new short[n];
                b.asShortBuffer().get(a);
                b.position(b.position() + n * 2);
                return a;
            }
            case 32 -> {
                int[] a = new int[n];
                b.asIntBuffer().get(a);
                b.position(b.position() + n * 4);
                return a;
            }
            case 64 -> {
                long[] a = new long[n];
                b.asLongBuffer().get(a);
                b.position(b.position() + n * 8);
                return a;
            }
            case -32 -> {
                float[] a = new float[n];
                b.asFloatBuffer().get(a);
                b.position(b.position() + n * 4);
                return a;
            }
            default -> {
                double[] a = new double[n];
                b.asDoubleBuffer().get(a);
                b.position(b.position() + n * 8);
                return a;
            }
        }
    }

    private static Object[] rows(int bitpix, int n) {
        return switch (bitpix) {
            case 8 -> new byte[n][];
            case 16 -> new short[n][];
            case 32 -> new int[n][];
            case 64 -> new long[n][];
            case -32 -> new float[n][];
            default -> new double[n][];
        };
    }
}
