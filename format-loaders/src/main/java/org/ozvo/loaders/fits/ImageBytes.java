package org.ozvo.loaders.fits;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** float32 pixels as a FITS data unit: big-endian, zero-padded to whole 2880-byte blocks. */
final class ImageBytes {

    private ImageBytes() {
    }

    static byte[] of(float[] pixels) {
        ByteBuffer b = ByteBuffer.wrap(new byte[padded(pixels.length)]).order(ByteOrder.BIG_ENDIAN);
        b.asFloatBuffer().put(pixels);
        return b.array();
    }

    /** Rows {@code [naxis2][naxis1]}, stored row after row. */
    static byte[] of(float[][] rows) {
        int n = 0;
        for (float[] row : rows) {
            n += row.length;
        }
        ByteBuffer b = ByteBuffer.wrap(new byte[padded(n)]).order(ByteOrder.BIG_ENDIAN);
        java.nio.FloatBuffer f = b.asFloatBuffer();
        for (float[] row : rows) {
            f.put(row);
        }
        return b.array();
    }

    static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    private static int padded(int pixels) {
        long bytes = (long) pixels * Float.BYTES;
        long size = (bytes + HeaderBlock.BLOCK - 1) / HeaderBlock.BLOCK * HeaderBlock.BLOCK;
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("image too large: " + pixels + " pixels");
        }
        return (int) size;
    }
}
