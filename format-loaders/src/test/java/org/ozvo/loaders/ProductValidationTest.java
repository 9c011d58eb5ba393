package org.ozvo.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.loaders.fits.FitsContent;
import org.ozvo.loaders.model.SkyPolygons;
import org.ozvo.loaders.product.ImageProduct;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.testing.ProductFiles;
import org.ozvo.loaders.testing.Python;
import org.ozvo.loaders.testing.RealSpectra;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * Every file written for the genuine spectra opens in astropy without a single warning,
 * verifies its CHECKSUM/DATASUM, has a clean 1-D (or celestial) WCS and reads in specutils
 * as wcs1d-fits; thumbnails' s_region is the footprint astropy computes from both our file
 * and the original header.
 */
class ProductValidationTest {

    private static final double MAS = 1.0 / 3600 / 1000;

    @TempDir
    Path out;

    @Test
    void allProductsOfTheGenuineFilesAreCleanFits() throws Exception {
        Map<Path, Product> files = new LinkedHashMap<>();
        for (String f : List.of(RealSpectra.TWODFGRS, RealSpectra.SIXDFGS, RealSpectra.GAMA, RealSpectra.OZDES,
            RealSpectra.WIGGLEZ_GAMA)) {
            SourceFile source = SourceFile.of(RealSpectra.file(f));
            ProductFiles.write(LoaderRegistry.load().detect(source).load(source), out)
                .forEach((product, path) -> files.put(path, product));
        }
        Python.assumeAvailable();
        List<String> args = files.keySet().stream().map(Path::toString).toList();
        List<String> result = Python.run("validate_products.py", args);
        Map<String, String> verdict = new HashMap<>();
        Map<String, double[]> footprints = new HashMap<>();
        for (String line : result) {
            if (line.startsWith("FOOTPRINT ")) {
                String[] f = line.split(" ");
                double[] v = new double[f.length - 2];
                for (int i = 2; i < f.length; i++) {
                    v[i - 2] = Double.parseDouble(f[i]);
                }
                footprints.put(f[1], v);
            } else {
                verdict.put(line.substring(line.indexOf(' ') + 1).split("[ :]")[0], line);
            }
        }
        for (Map.Entry<Path, Product> e : files.entrySet()) {
            String v = verdict.get(e.getKey().toString());
            assertTrue(v != null && v.startsWith("OK "), e.getKey() + ": " + v);
            if (e.getValue() instanceof ImageProduct image) {
                double[] region = (double[]) image.values().get(ObsCoreColumn.S_REGION);
                assertSameCorners(region, footprints.get(e.getKey().toString()), e.getKey().toString());
            }
        }
        assertEquals(20, files.size(), "2 + 11 + 1 + 5 + 1 products");
    }

    @Test
    void allProductsOfASampleArchiveAreCleanFits() throws Exception {
        Python.assumeAvailable();
        org.ozvo.sampledata.SampleManifest manifest = org.ozvo.sampledata.SampleArchive.generate(out.resolve("archive"), 2,
            11L);
        Path written = java.nio.file.Files.createDirectories(out.resolve("products"));
        List<String> paths = new ArrayList<>();
        for (org.ozvo.sampledata.SampleFile f : manifest.goodFiles()) {
            SourceFile source = SourceFile.of(f.path());
            Path sub = java.nio.file.Files.createTempDirectory(written, "f");
            ProductFiles.write(LoaderRegistry.load().detect(source).load(source), sub)
                .values().forEach(p -> paths.add(p.toString()));
        }
        List<String> result = Python.run("validate_products.py", paths);
        List<String> verdicts = result.stream().filter(l -> !l.startsWith("FOOTPRINT ")).toList();
        assertEquals(paths.size(), verdicts.size());
        assertEquals(List.of(), verdicts.stream().filter(l -> !l.startsWith("OK ")).toList());
        assertTrue(verdicts.stream().anyMatch(l -> l.contains("ctype=WAVE")), "SDSS copies are vacuum");
    }

    @Test
    void thumbnailRegionsMatchTheOriginalHeadersAsAstropyReadsThem() throws Exception {
        Path original = RealSpectra.file(RealSpectra.SIXDFGS);
        SourceFile source = SourceFile.of(original);
        List<ImageProduct> images = LoaderRegistry.load().find("6dfgs").orElseThrow().load(source).stream()
            .filter(ImageProduct.class::isInstance).map(ImageProduct.class::cast).toList();
        FitsContent content = FitsContent.read(original);
        List<String> args = new ArrayList<>(List.of("footprint"));
        Map<String, ImageProduct> byHdu = new HashMap<>();
        for (ImageProduct i : images) {
            int hdu = Integer.parseInt(i.origin().replaceAll("^HDU (\\d+).*", "$1"));
            String band = i.values().getString(ObsCoreColumn.BAND_NAME);
            String ext = content.extName(hdu).replace("SSS ", "").replace("2MASS ", "");
            assertTrue(band.substring(0, 1).equalsIgnoreCase(ext.substring(0, 1)), band + " from " + ext);
            args.add(original.toString());
            args.add(Integer.toString(hdu));
            byHdu.put(Integer.toString(hdu), i);
        }
        Python.assumeAvailable();
        for (String line : Python.run("astropy_reference.py", args)) {
            String[] f = line.split(" ");
            double[] v = new double[f.length - 3];
            for (int i = 3; i < f.length; i++) {
                v[i - 3] = Double.parseDouble(f[i]);
            }
            ImageProduct image = byHdu.get(f[2]);
            assertSameCorners((double[]) image.values().get(ObsCoreColumn.S_REGION), v, "HDU " + f[2]);
        }
    }

    /** Same four corners in any order, within a few milliarcseconds. */
    private static void assertSameCorners(double[] ours, double[] astropy, String what) {
        assertEquals(8, ours.length, what);
        assertEquals(8, astropy.length, what);
        for (int i = 0; i < 8; i += 2) {
            double best = Double.MAX_VALUE;
            for (int j = 0; j < 8; j += 2) {
                best = Math.min(best, SkyPolygons.separation(ours[i], ours[i + 1], astropy[j], astropy[j + 1]));
            }
            assertTrue(best < 5 * MAS, what + ": corner " + i / 2 + " is " + best * 3600 + " arcsec from astropy's");
        }
    }
}
