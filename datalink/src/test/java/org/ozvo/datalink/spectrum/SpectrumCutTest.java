package org.ozvo.datalink.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Optional;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.dali.table.TableResult;
import org.ozvo.dali.value.Interval;
import org.ozvo.loaders.model.Medium;
import org.ozvo.loaders.obscore.AirVacuum;

class SpectrumCutTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSimplifiedFormat() throws Exception {
        SpectrumFile s = SpectrumFile.read(TestSpectra.write(dir, Medium.VACUUM, true));
        assertEquals(1000, s.length());
        assertEquals(4000.0, s.wavelength(0), 1e-9);
        assertEquals(4999.0, s.wavelength(999), 1e-9);
        assertFalse(s.airWavelengths());
        assertTrue(Float.isNaN(s.flux()[500]));
        assertEquals(0.25f, s.variance()[3]);
        assertEquals("1e-17erg.s**-1.cm**-2.Angstrom**-1", VoUnits.ofFits(s.fluxUnit()));
        assertEquals("phot.flux.density;em.wl", VoUnits.fluxUcd(s.fluxUnit()));
    }

    @Test
    void bandSelectsPixelsInsideBoundsIncluded() throws Exception {
        SpectrumFile s = SpectrumFile.read(TestSpectra.write(dir, Medium.VACUUM, false));
        assertEquals(new BandCut.Pixels(100, 201), BandCut.select(s, new Interval(4.1e-7, 4.2e-7)).get());
        assertEquals(new BandCut.Pixels(900, 1000),
            BandCut.select(s, new Interval(4.9e-7, Double.POSITIVE_INFINITY)).get());
        assertEquals(new BandCut.Pixels(0, 1000), BandCut.select(s, Interval.ALL).get());
        assertEquals(new BandCut.Pixels(250, 251), BandCut.select(s, Interval.of(4.25e-7)).get());
        assertEquals(Optional.empty(), BandCut.select(s, new Interval(6e-7, 7e-7)));
        assertEquals(Optional.empty(), BandCut.select(s, new Interval(4.1005e-7, 4.1008e-7)));
    }

    @Test
    void airAxesAreCutInVacuumWavelengths() throws Exception {
        SpectrumFile s = SpectrumFile.read(TestSpectra.write(dir, Medium.AIR, false));
        assertTrue(s.airWavelengths());
        double vacuumOfPixel300 = AirVacuum.airToVacuum(4300) * 1e-10;
        BandCut.Pixels p = BandCut.select(s, new Interval(vacuumOfPixel300, 5e-7)).get();
        assertEquals(300, p.from());
        assertEquals(4300.0, BandCut.vacuumToAir(AirVacuum.airToVacuum(4300)), 1e-6);
    }

    @Test
    void cutFitsKeepsHeaderMovesWcsAndHasValidChecksums() throws Exception {
        SpectrumFile s = SpectrumFile.read(TestSpectra.write(dir, Medium.VACUUM, true));
        BandCut.Pixels p = BandCut.select(s, new Interval(4.1e-7, 4.2e-7)).get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CutoutFitsWriter.write(s, p, new Interval(4.1e-7, 4.2e-7), out);
        Path file = java.nio.file.Files.write(dir.resolve("cut.fits"), out.toByteArray());
        try (Fits f = new Fits(file.toFile())) {
            BasicHDU<?>[] hdus = f.read();
            assertEquals(2, hdus.length);
            Header h = hdus[0].getHeader();
            assertEquals(101, ((float[]) ((ImageHDU) hdus[0]).getKernel()).length);
            assertEquals(4100.0, h.getDoubleValue("CRVAL1"), 1e-9);
            assertEquals(1.0, h.getDoubleValue("CRPIX1"));
            assertEquals(4100.0, h.getDoubleValue("WMIN"), 1e-9);
            assertEquals(4200.0, h.getDoubleValue("WMAX"), 1e-9);
            assertEquals(4200.0 / 1.1, h.getDoubleValue("WMAXREST"), 1e-6);
            assertEquals("TEST 1", h.getStringValue("OBJECT"));
            assertEquals("VARIANCE", hdus[1].getHeader().getStringValue("EXTNAME"));
            assertEquals(4100.0, hdus[1].getHeader().getDoubleValue("CRVAL1"), 1e-9);
            f.verifyIntegrity(); // throws FitsIntegrityException on a wrong CHECKSUM or DATASUM
        }
    }

    @Test
    void longBandValuesStillFitTheHistoryCards() throws Exception {
        SpectrumFile s = SpectrumFile.read(TestSpectra.write(dir, Medium.VACUUM, false));
        Interval band = new Interval(4.1234567890123456e-7, 4.2234567890123456e-7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CutoutFitsWriter.write(s, BandCut.select(s, band).get(), band, out);
        assertTrue(out.size() > 2880);
    }

    @Test
    void votableRowsCarryWavelengthFluxAndError() throws Exception {
        SpectrumFile s = SpectrumFile.read(TestSpectra.write(dir, Medium.VACUUM, true));
        TableResult t = SpectrumVotable.table(s, new BandCut.Pixels(499, 502), "title");
        assertEquals("spec:Spectrum.Data.SpectralAxis.Value", t.columns().get(0).utype());
        assertEquals("Angstrom", t.columns().get(0).unit());
        assertTrue(t.cursor().next());
        assertEquals(4499.0, t.cursor().get(0));
        assertEquals(14.99f, (Float) t.cursor().get(1), 1e-5);
        assertEquals(0.5f, t.cursor().get(2));
        assertTrue(t.cursor().next());
        assertNull(t.cursor().get(1));
        assertTrue(t.cursor().next());
        assertFalse(t.cursor().next());
        assertTrue(t.params().stream().anyMatch(p -> p.spec().utype().equals("spec:Spectrum.Target.Name")
            && p.value().equals("TEST 1")));
    }

    @Test
    void previewIsAPngAndIsCached() throws Exception {
        Path fits = TestSpectra.write(dir, Medium.VACUUM, false);
        Path cached = dir.resolve("cache/previews/x/spec1.png");
        Path got = PreviewCache.get(cached, PreviewCache.spectrum(fits, "TEST 1"));
        byte[] png = java.nio.file.Files.readAllBytes(got);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(got.toFile());
        assertNotNull(img);
        assertEquals(PreviewPlot.WIDTH, img.getWidth());
        long modified = java.nio.file.Files.getLastModifiedTime(got).toMillis();
        Thread.sleep(20);
        PreviewCache.get(cached, PreviewCache.spectrum(fits, "TEST 1"));
        assertEquals(modified, java.nio.file.Files.getLastModifiedTime(got).toMillis());
    }
}
