package org.ozvo.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ozvo.schema.obscore.ObsCoreColumn.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ozvo.loaders.model.SkyPolygons;
import org.ozvo.loaders.obscore.AirVacuum;
import org.ozvo.loaders.product.ImageProduct;
import org.ozvo.loaders.product.SpectrumProduct;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.testing.RealSpectra;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * The facts listed in ../shared/real-spectra/README.md (and read off the genuine headers),
 * checked against what the loaders make of each genuine file.
 */
class GenuineFilesTest {

    private static final LoaderRegistry REGISTRY = LoaderRegistry.load();

    @Test
    void twodfgrs() throws Exception {
        List<Product> p = load(RealSpectra.TWODFGRS, "2dfgrs");
        assertEquals(2, p.size(), "one product per SPECTRUM extension");
        ObsCoreRecord first = record(p.get(0));
        ObsCoreRecord second = record(p.get(1));
        assertNull(first.get(REDSHIFT), "Z = -9 means no redshift");
        assertNull(first.get(EM_MIN_REST), "no rest frame without a redshift");
        assertEquals(1, first.get(REDSHIFT_QUALITY));
        // README gives the raw Z 0.298146; we publish Z_HELIO (0.298141), the heliocentric value
        assertEquals(0.298146, second.getDouble(REDSHIFT), 1e-5);
        assertEquals(4, second.get(REDSHIFT_QUALITY));
        for (ObsCoreRecord r : List.of(first, second)) {
            assertEquals(3.6126, r.getDouble(S_RA), 1e-4, "B1950 radians precessed to ICRS degrees");
            assertEquals(-32.2702, r.getDouble(S_DEC), 1e-4);
            assertEquals("TGS436Z001", r.getString(TARGET_NAME));
            assertEquals("2dfgrs_fdr", r.getString(OBS_COLLECTION));
            assertEquals(2.1 / 3600, r.getDouble(S_FOV), 1e-9);
            assertEquals("2dF", r.getString(INSTRUMENT_NAME));
            assertEquals("AAT", r.getString(FACILITY_NAME));
        }
        // red-end pixels hold -2.5e30: the coverage stops before the last of the 1024 pixels
        double lastPixel = 5791.1894531 + (1024 - 512) * 4.3100585938;
        assertTrue(first.getDouble(EM_MAX) < AirVacuum.airToVacuum(lastPixel) * 1e-10);
        assertTrue(spectrum(p.get(0)).length() < 1024);
        // UTDATE 2000:12:03, UTSTART 11:35:40.16 (reference frame); NCOMB 3 x REFEXP 1200 s
        assertEquals(51881 + (11 * 3600 + 35 * 60 + 40.16) / 86400, first.getDouble(T_MIN), 1e-8);
        assertEquals(3600.0, first.getDouble(T_EXPTIME));
        assertEquals(3L, first.get(T_XEL));
        assertEquals(1.2, first.getDouble(S_SEEING));
    }

    @Test
    void sixdfgs() throws Exception {
        List<Product> p = load(RealSpectra.SIXDFGS, "6dfgs");
        List<SpectrumProduct> spectra = p.stream().filter(SpectrumProduct.class::isInstance)
            .map(SpectrumProduct.class::cast).toList();
        List<ImageProduct> images = p.stream().filter(ImageProduct.class::isInstance).map(ImageProduct.class::cast)
            .toList();
        assertEquals(6, spectra.size(), "two observations of V, R and VR");
        assertEquals(5, images.size(), "SuperCOSMOS bJ, rF and 2MASS J, H, K thumbnails");
        assertEquals(List.of("V", "R", "VR", "V", "R", "VR"),
            spectra.stream().map(s -> s.values().getString(BAND_NAME)).toList());
        for (SpectrumProduct s : spectra) {
            ObsCoreRecord r = record(s);
            assertEquals(359.98104167, r.getDouble(S_RA), 1e-8);
            assertEquals(-39.47541667, r.getDouble(S_DEC), 1e-8);
            assertTrue(r.getDouble(T_MIN) > 52000, "the primary MJD-OBS (1977 plate) is not the spectrum's time");
            assertEquals("6dfgs_fdr", r.getString(OBS_COLLECTION));
            assertEquals(6.7 / 3600, r.getDouble(S_FOV), 1e-9);
        }
        ObsCoreRecord v1 = record(spectra.get(0));
        assertEquals(52499.69516, v1.getDouble(T_MIN), 1e-5, "MJDOBS_V of the first observation");
        assertEquals(3600.0, v1.getDouble(T_EXPTIME), "EXP_V 1200 s x NCOMB_V 3");
        assertEquals(3L, v1.get(T_XEL));
        assertEquals(0.102263, v1.getDouble(REDSHIFT), 1e-9, "Z_HELIO");
        assertEquals("arm", v1.getString(DATAPRODUCT_SUBTYPE));
        ObsCoreRecord r1 = record(spectra.get(1));
        ObsCoreRecord vr1 = record(spectra.get(2));
        assertEquals("spliced", vr1.getString(DATAPRODUCT_SUBTYPE));
        assertEquals(Math.min(v1.getDouble(T_MIN), r1.getDouble(T_MIN)), vr1.getDouble(T_MIN));
        assertEquals(Math.max(v1.getDouble(T_MAX), r1.getDouble(T_MAX)), vr1.getDouble(T_MAX));
        assertEquals(v1.getDouble(T_EXPTIME) + r1.getDouble(T_EXPTIME), vr1.getDouble(T_EXPTIME));
        assertEquals(3, vr1.get(CALIB_LEVEL));
        // the second observation's VR uses its own V and R, not the first's
        assertTrue(record(spectra.get(5)).getDouble(T_MIN) > 52527);

        ImageProduct bj = images.get(0);
        ObsCoreRecord b = record(bj);
        assertEquals("image", b.getString(DATAPRODUCT_TYPE));
        assertEquals("thumbnail", b.getString(DATAPRODUCT_SUBTYPE));
        assertEquals("bJ", b.getString(BAND_NAME));
        assertEquals(43400.60660246, b.getDouble(T_MIN), 1e-8, "the plate epoch belongs to the thumbnail");
        assertEquals(89L, b.get(S_XEL1));
        double[] region = (double[]) b.get(S_REGION);
        assertEquals(8, region.length);
        assertTrue(SkyPolygons.separation(b.getDouble(S_RA), b.getDouble(S_DEC), 359.98104167, -39.47541667) < 5.0 / 3600,
            "the thumbnail is centred on the target");
        for (ImageProduct i : images) {
            ObsCoreRecord r = record(i);
            assertTrue(r.getDouble(EM_MIN) < r.getDouble(EM_MAX));
            assertTrue(r.getDouble(S_FOV) > 0.01 && r.getDouble(S_FOV) < 0.05, "about a one-arcminute stamp");
        }
    }

    @Test
    void gama() throws Exception {
        List<Product> p = load(RealSpectra.GAMA, "gama");
        assertEquals(1, p.size(), "the calibrated AAOmega spectrum");
        ObsCoreRecord r = record(p.get(0));
        assertEquals("GAMAJ122253.38+011428.7", r.getString(TARGET_NAME));
        assertEquals(185.72246, r.getDouble(S_RA), 1e-9);
        assertEquals(1.24132, r.getDouble(S_DEC), 1e-9);
        assertEquals(0.0278, r.getDouble(REDSHIFT), 1e-9);
        assertEquals(3600.0, r.getDouble(T_EXPTIME));
        assertEquals("gama_dr2", r.getString(OBS_COLLECTION));
        assertEquals("phot.flux.density;em.wl", r.getString(O_UCD));
        // WMIN/WMAX 3727.56/8859.59 are the first/last pixels; the unmasked ones lie within
        assertTrue(r.getDouble(EM_MIN) >= AirVacuum.airToVacuum(3727.55) * 1e-10);
        assertTrue(r.getDouble(EM_MAX) <= AirVacuum.airToVacuum(8859.60) * 1e-10);
        assertEquals(r.getDouble(EM_MIN) / 1.0278, r.getDouble(EM_MIN_REST), 1e-15);
        // DATE-OBS 2009-03-02, UTSTART 16:36:15, UTEND 17:42:32, one night
        assertEquals(54892 + (16 * 3600 + 36 * 60 + 15) / 86400.0, r.getDouble(T_MIN), 1e-8);
        assertEquals(54892 + (17 * 3600 + 42 * 60 + 32) / 86400.0, r.getDouble(T_MAX), 1e-8);
        assertEquals("10**(-17) erg/(s cm2 Angstrom)", spectrum(p.get(0)).unit().toFits());
    }

    @Test
    void ozdes() throws Exception {
        List<Product> p = load(RealSpectra.OZDES, "ozdes");
        assertEquals(5, p.size(), "combined spectrum and four exposures");
        ObsCoreRecord combined = record(p.get(0));
        assertEquals("combined", combined.getString(DATAPRODUCT_SUBTYPE));
        assertEquals("VOC2063111m593559", combined.getString(TARGET_NAME));
        assertEquals(97.79725, combined.getDouble(S_RA), 1e-9);
        assertEquals(-59.59986, combined.getDouble(S_DEC), 1e-5);
        assertNull(combined.get(REDSHIFT), "Z = -9.999 means none");
        double[] utmjd = {57747.658, 57748.641, 57748.670, 57748.700};
        double[] exposed = {2100, 2400, 2400, 2400};
        for (int i = 0; i < 4; i++) {
            ObsCoreRecord e = record(p.get(i + 1));
            assertEquals("epoch", e.getString(DATAPRODUCT_SUBTYPE));
            assertEquals(utmjd[i], e.getDouble(T_MIN), 0.0006);
            assertEquals(exposed[i], e.getDouble(T_EXPTIME));
            assertEquals(1L, e.get(T_XEL));
            assertEquals("VOC2063111m593559", e.getString(TARGET_NAME), "ORIGTARG, not OBJECT (the field name)");
            assertTrue(e.getString(OBS_ID).endsWith(String.format("%.3f", utmjd[i])));
        }
        assertEquals(9300.0, combined.getDouble(T_EXPTIME), "summed over the exposures");
        assertEquals(4L, combined.get(T_XEL));
        assertEquals(record(p.get(1)).getDouble(T_MIN), combined.getDouble(T_MIN));
        assertEquals(record(p.get(4)).getDouble(T_MAX), combined.getDouble(T_MAX));
        // grid 3732.8-8920.5 Angstrom
        assertTrue(combined.getDouble(EM_MIN) >= AirVacuum.airToVacuum(3732.8) * 1e-10);
        assertTrue(combined.getDouble(EM_MAX) <= AirVacuum.airToVacuum(8920.6) * 1e-10);
    }

    @Test
    void wigglezAsRedistributedByGama() throws Exception {
        // GAMA distributes and names the copy (GAMANAME, SPECID): a GAMA product, WiggleZ instrument
        List<Product> p = load(RealSpectra.WIGGLEZ_GAMA, "gama");
        assertEquals(1, p.size());
        ObsCoreRecord r = record(p.get(0));
        assertEquals("gama_dr2", r.getString(OBS_COLLECTION));
        assertEquals("GAMAJ141238.33+004106.7", r.getString(TARGET_NAME));
        assertEquals(213.15971, r.getDouble(S_RA), 1e-9);
        assertEquals(0.68483, r.getDouble(S_DEC), 1e-9);
        assertEquals("2dF-AAOmega", r.getString(INSTRUMENT_NAME));
        assertEquals(2, r.get(REDSHIFT_QUALITY), "NQ");
        assertEquals(0.37301, r.getDouble(REDSHIFT), 1e-9);
        // 4697-9751 Angstrom with zero-padded ends, which are not coverage
        assertTrue(r.getDouble(EM_MIN) > AirVacuum.airToVacuum(4697.3) * 1e-10);
        assertTrue(r.getDouble(EM_MAX) < AirVacuum.airToVacuum(9751.0) * 1e-10);
        assertTrue(spectrum(p.get(0)).length() < 4894);
        assertNull(r.get(T_MIN), "the copy has no observation time (DATE is the file's creation)");
    }

    @Test
    void idsAreStableAndUniqueAndTheCollectionCanBeOverridden() throws Exception {
        for (String f : List.of(RealSpectra.TWODFGRS, RealSpectra.SIXDFGS, RealSpectra.OZDES)) {
            Path path = RealSpectra.file(f);
            List<String> first = REGISTRY.detect(SourceFile.of(path)).load(SourceFile.of(path)).stream()
                .map(Product::obsId).toList();
            List<String> again = REGISTRY.detect(SourceFile.of(path)).load(SourceFile.of(path)).stream()
                .map(Product::obsId).toList();
            assertEquals(first, again);
            assertEquals(first.size(), first.stream().distinct().count(), "unique within the file");
        }
        Path oz = RealSpectra.file(RealSpectra.OZDES);
        SourceFile custom = new SourceFile(oz, "ozdes_test");
        for (Product p : REGISTRY.detect(custom).load(custom)) {
            assertEquals("ozdes_test", p.collection());
            assertEquals("ozdes_test", record(p).getString(OBS_COLLECTION));
        }
    }

    @Test
    void everyRecordBuildsAndKeepsTheIngestColumnsFree() throws Exception {
        for (String f : List.of(RealSpectra.TWODFGRS, RealSpectra.SIXDFGS, RealSpectra.GAMA, RealSpectra.OZDES,
            RealSpectra.WIGGLEZ_GAMA)) {
            Path path = RealSpectra.file(f);
            for (Product p : REGISTRY.detect(SourceFile.of(path)).load(SourceFile.of(path))) {
                ObsCoreRecord.Builder b = p.metadata();
                for (ObsCoreColumn c : List.of(OBS_PUBLISHER_DID, ACCESS_URL, ACCESS_FORMAT, ACCESS_ESTSIZE,
                    FULL_DATA_URL, PRODUCT_PATH, ORIGINAL_PATH, ORIGINAL_HDU, RECORD_MODIFIED)) {
                    assertNull(b.get(c), c + " is the ingest's to set");
                }
                ObsCoreRecord r = record(p);
                assertEquals(p.obsId(), r.getString(OBS_ID));
                assertEquals(p.collection(), r.getString(OBS_COLLECTION));
                assertNotNull(p.origin());
                for (ObsCoreColumn c : List.of(DATAPRODUCT_TYPE, CALIB_LEVEL, TARGET_NAME, S_RA, S_DEC, S_FOV, EM_MIN,
                    EM_MAX, FACILITY_NAME, INSTRUMENT_NAME, DATAPRODUCT_SUBTYPE, OBS_TITLE, BIB_REFERENCE,
                    FULL_DATA_FORMAT)) {
                    assertNotNull(r.get(c), c + " of " + p);
                }
                assertNotSame(p.metadata(), p.metadata());
            }
        }
    }

    private static void assertNotSame(Object a, Object b) {
        assertTrue(a != b, "metadata() returns a new builder each time");
    }

    private static List<Product> load(String file, String expectedLoader) throws LoaderException {
        SourceFile source = SourceFile.of(RealSpectra.file(file));
        assertEquals(expectedLoader, REGISTRY.detect(source).id());
        return REGISTRY.find(expectedLoader).orElseThrow().load(source);
    }

    static ObsCoreRecord record(Product p) {
        return p.metadata().set(OBS_PUBLISHER_DID, "ivo://test/archive?" + p.collection() + "/" + p.obsId()).build();
    }

    private static org.ozvo.loaders.model.RawSpectrum spectrum(Product p) {
        return assertInstanceOf(SpectrumProduct.class, p).spectrum();
    }
}
