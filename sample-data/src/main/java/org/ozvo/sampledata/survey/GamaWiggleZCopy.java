package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.FitsException;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.ReferenceReading;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.FitsFileWriter;
import org.ozvo.sampledata.fits.Hdus;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.SkyRegion;
import org.ozvo.sampledata.synth.WavelengthGrid;

/**
 * GAMA's copy of a WiggleZ spectrum, {@code Spectrum-<n>.fit}: primary 1-D float32 counts
 * (4894 px, reference pixel mid-spectrum, zero-padded ends), a {@code VARIANCE} image and an
 * unnamed one-row BINTABLE with the WiggleZ catalogue row. No observing date or exposure
 * keywords, only {@code DATE} (file creation) and the {@code OBS_ID}.
 */
final class GamaWiggleZCopy implements GamaCopy {

    static final String FORMAT = "GAMA-WiggleZ";
    static final int PIXELS = 4894;
    private static final SkyRegion OVERLAP = SkyRegion.anyOf(new double[] {1, 1},
        SkyRegion.box(133, 141, -1, 3), SkyRegion.box(211.5, 223.5, -2, 3));
    private static final String[] NAMES = {"object", "observation", "fibre", "redshift", "qop", "snr", "ra", "dec",
        "ebv", "sdss_id", "sdss_ra", "sdss_dec", "sdss_umag", "sdss_uerr", "sdss_gmag", "sdss_gerr", "sdss_rmag",
        "sdss_rerr", "sdss_imag", "sdss_ierr", "sdss_zmag", "sdss_zerr", "sdss_separation", "galex_id", "galex_ra",
        "galex_dec", "galex_fuv", "galex_nuv"};

    @Override
    public String survey() {
        return "WiggleZ";
    }

    @Override
    public void write(int index, Rng rng, SampleSink sink) throws IOException {
        double[] pos = OVERLAP.sample(rng);
        WiggleZTarget t = WiggleZTarget.draw(pos, pos[0] < 180 ? "09" : "15", rng);
        double cdelt = rng.uniform(1.028, 1.038);
        double crpix = rng.uniform(3000, 3500);
        double first = rng.uniform(4600, 4800);
        WavelengthGrid grid = new WavelengthGrid(first + (crpix - 1) * cdelt, crpix, cdelt, PIXELS);
        WiggleZSpectrum s = new WiggleZSpectrum(t, grid, rng);
        GamaObject g = GamaObject.of(t.target(), rng);
        int number = 190_000 + index * 100 + rng.between(0, 99);
        String created = t.night().plusDays(rng.between(200, 1200)).isot(0);
        long sdssId = 588_848_900_000_000_000L + rng.between(0, 999_999_999);
        long galexId = 2_934_027_000_000_000_000L + rng.between(0, 999_999_999);

        ImageHDU primary = Hdus.image(Hdus.toFloat(s.counts));
        Cards c = Cards.of(primary);
        header(c, grid, t, created);
        c.str("OBS_ID", t.obsId(), "WiggleZ Observation ID")
            .integer("FIBRE", t.fibre(), "Originating fibre number")
            .integer("SDSSID", sdssId, "SDSS ID")
            .integer("GALEXID", galexId, "GALEX ID");
        double[] covered = s.coveredRange();
        GamaKeywords.append(c, g, "W" + number, survey(), grid.first(), grid.last(), t.measuredZ(),
            Math.min(4, t.qop()), rng);
        ImageHDU variance = Hdus.image(Hdus.toFloat(s.countsVariance));
        header(Cards.of(variance), grid, t, created).str("EXTNAME", "VARIANCE", null);
        Path file = sink.path("gama/Spectrum-" + number + ".fit");
        FitsFileWriter.write(file, List.of(primary, variance, catalogueRow(t, sdssId, galexId, rng)));
        sink.good(file, "gama", 1, String.format(Locale.ROOT,
                "GAMA copy of a WiggleZ spectrum: 1-D counts + VARIANCE + 1-row catalogue table, %s, data %.0f-%.0f A",
                t.obsId(), covered[0], covered[1]),
            ReferenceReading.reads(FORMAT, 1, grid.first(), grid.last()));
    }

    private static Cards header(Cards c, WavelengthGrid grid, WiggleZTarget t, String created) {
        return c.str("HDUCLAS1", "NDF", null)
            .str("HDUCLAS2", "DATA", null)
            .num("CRVAL1", grid.crval(), 6, null)
            .num("CDELT1", grid.cdelt(), 9, null)
            .num("CRPIX1", grid.crpix(), 6, null)
            .str("CTYPE1", "Wavelength", null)
            .str("CUNIT1", "Angstroms", null)
            .str("ORIGIN", "WiggleZ Collaboration", null)
            .str("OBJECT", t.name(), "WiggleZ Object ID")
            .str("DATE", created, "Image generation time");
    }

    private static BinaryTableHDU catalogueRow(WiggleZTarget t, long sdssId, long galexId, Rng rng)
        throws IOException {
        double ra = t.target().ra();
        double dec = t.target().dec();
        float mag = (float) t.target().magnitude();
        Object[] columns = {
            new String[] {pad(t.name())}, new String[] {pad(t.obsId())}, new short[] {(short) t.fibre()},
            new float[] {(float) t.measuredZ()}, new short[] {(short) t.qop()}, new float[] {(float) rng.uniform(2, 15)},
            new double[] {ra}, new double[] {dec}, new float[] {(float) rng.uniform(0.02, 0.08)},
            new String[] {pad(String.valueOf(sdssId))},
            new double[] {ra + 1e-6}, new double[] {dec - 1e-6},
            new float[] {mag + 1.0f}, new float[] {0.4f}, new float[] {mag + 0.3f}, new float[] {0.1f},
            new float[] {mag}, new float[] {0.2f}, new float[] {mag - 0.3f}, new float[] {0.2f},
            new float[] {mag - 0.5f}, new float[] {0.3f}, new float[] {(float) rng.uniform(0.05, 0.8)},
            new String[] {pad(String.valueOf(galexId))},
            new double[] {ra + 3e-5}, new double[] {dec - 3e-5},
            new float[] {mag + 1.5f}, new float[] {mag + 0.6f},
        };
        try {
            BinaryTable table = new BinaryTable();
            for (Object column : columns) {
                table.addColumn(column);
            }
            BinaryTableHDU hdu = table.toHDU();
            Cards c = Cards.of(hdu);
            for (int i = 0; i < NAMES.length; i++) {
                hdu.setColumnName(i, NAMES[i], null);
                if (NAMES[i].endsWith("ra") || NAMES[i].endsWith("dec")) {
                    c.str("TUNIT" + (i + 1), "deg", null);
                }
            }
            return hdu;
        } catch (FitsException e) {
            throw new IOException("cannot build WiggleZ catalogue row: " + e.getMessage(), e);
        }
    }

    /** WiggleZ writes its strings as 30-character columns. */
    private static String pad(String s) {
        return String.format(Locale.ROOT, "%-30s", s);
    }
}
