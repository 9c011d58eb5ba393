package org.ozvo.ingest.testing;

import static org.ozvo.schema.obscore.ObsCoreColumn.CALIB_LEVEL;
import static org.ozvo.schema.obscore.ObsCoreColumn.DATAPRODUCT_TYPE;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_MAX;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_MIN;
import static org.ozvo.schema.obscore.ObsCoreColumn.S_DEC;
import static org.ozvo.schema.obscore.ObsCoreColumn.S_RA;
import static org.ozvo.schema.obscore.ObsCoreColumn.S_REGION;
import static org.ozvo.schema.obscore.ObsCoreColumn.TARGET_NAME;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.util.FitsOutputStream;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.spi.SurveyLoader;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * A test loader for text files named {@code *.fake}, so tests can state exactly what a file
 * contains and how it fails. One directive per line:
 * <pre>
 * product OBS_ID RA DEC        a spectrum at RA, DEC (degrees; out-of-range values are allowed)
 * region LON LAT LON LAT ...   s_region of the previous product
 * badwrite                     the previous product's writeFits fails half way
 * fail REASON                  load() fails with REASON
 * </pre>
 * Products go to the source's collection, else {@code fake_default}.
 */
public final class FakeLoader implements SurveyLoader {

    @Override
    public String id() {
        return "fake";
    }

    @Override
    public String layoutHint() {
        return "text file *.fake with product lines";
    }

    @Override
    public boolean accepts(SourceFile source) {
        return source.fileName().endsWith(".fake");
    }

    @Override
    public List<Product> load(SourceFile source) throws LoaderException {
        List<String> lines;
        try {
            lines = Files.readAllLines(source.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoaderException("cannot read " + source.fileName() + ": " + e.getMessage(), e);
        }
        String collection = source.collection() != null ? source.collection() : "fake_default";
        List<FakeProduct> products = new ArrayList<>();
        for (String line : lines) {
            String[] w = line.trim().split("\\s+");
            switch (w[0]) {
                case "product" -> products.add(new FakeProduct(collection, w[1], Double.parseDouble(w[2]),
                    Double.parseDouble(w[3]), products.size()));
                case "region" -> last(products).region = Arrays.stream(w, 1, w.length).mapToDouble(Double::parseDouble)
                    .toArray();
                case "badwrite" -> last(products).failWrite = true;
                case "fail" -> throw new LoaderException(line.trim().substring(5));
                default -> {
                    if (!line.isBlank()) {
                        throw new LoaderException("unknown directive: " + line);
                    }
                }
            }
        }
        return List.copyOf(products);
    }

    private static FakeProduct last(List<FakeProduct> products) throws LoaderException {
        if (products.isEmpty()) {
            throw new LoaderException("directive before any product");
        }
        return products.get(products.size() - 1);
    }

    /** A product of a fake file. */
    static final class FakeProduct implements Product {
        private final String collection;
        private final String obsId;
        private final double ra;
        private final double dec;
        private final int index;
        double[] region;
        boolean failWrite;

        FakeProduct(String collection, String obsId, double ra, double dec, int index) {
            this.collection = collection;
            this.obsId = obsId;
            this.ra = ra;
            this.dec = dec;
            this.index = index;
        }

        @Override
        public String collection() {
            return collection;
        }

        @Override
        public String obsId() {
            return obsId;
        }

        @Override
        public String origin() {
            return "line " + (index + 1);
        }

        @Override
        public ObsCoreRecord.Builder metadata() {
            return ObsCoreRecord.builder().set(DATAPRODUCT_TYPE, "spectrum").set(CALIB_LEVEL, 1)
                .set(TARGET_NAME, "target-" + obsId).set(S_RA, ra).set(S_DEC, dec)
                .set(EM_MIN, 4e-7).set(EM_MAX, 8e-7).set(S_REGION, region);
        }

        @Override
        public void writeFits(OutputStream out) throws IOException {
            if (failWrite) {
                out.write(new byte[1000]);
                throw new IOException("disk on fire while writing " + obsId);
            }
            float[] flux = new float[64];
            for (int i = 0; i < flux.length; i++) {
                flux[i] = (float) (ra + dec + i);
            }
            try (Fits fits = new Fits()) {
                BasicHDU<?> hdu = Fits.makeHDU(flux);
                hdu.addValue("OBJECT", "target-" + obsId, "fake target");
                fits.addHDU(hdu);
                fits.setChecksum();
                FitsOutputStream fitsOut = new FitsOutputStream(new NonClosing(out));
                fits.write(fitsOut);
                fitsOut.flush();
            } catch (FitsException e) {
                throw new IOException(e);
            }
        }
    }

    /** Keeps FITS writing from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
