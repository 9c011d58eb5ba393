package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.ReferenceReading;
import org.ozvo.sampledata.astro.ObsTime;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.FitsFileWriter;
import org.ozvo.sampledata.fits.Hdus;
import org.ozvo.sampledata.synth.NoisySpectrum;
import org.ozvo.sampledata.synth.Observer;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.SourceModel;
import org.ozvo.sampledata.synth.Spectrograph;
import org.ozvo.sampledata.synth.TargetKind;
import org.ozvo.sampledata.synth.WavelengthGrid;

/**
 * OzDES DR2 files {@code ozdes/2dF+AAOmega_x5700/OzDES-DR2_NNNNN.fits} (survey-formats.md §5):
 * coadd flux / {@code VARIANCE} / {@code BADPIX} followed by 2–5 exposure triplets over one to
 * three nights (about 40 min apart within a night), all on the fixed DR2 grid. The coadd is
 * the inverse-variance mean of the exposures scaled by {@code FLXSCALE}; quasars vary between
 * nights. About a fifth of the files revisit a target of an earlier file in a later season.
 * Real-world variants that specutils cannot read but an ingest must: coadd without
 * {@code BUNIT}/{@code REFERENC}, and exposure headers with a stale second WCS axis. One file
 * is truncated inside a header.
 */
public final class OzdesGenerator implements SurveyGenerator {

    static final String FORMAT = "OzDES";
    static final String REFERENC = "https://docs.datacentral.org.au/ozdes/overview/dr2/";
    static final WavelengthGrid GRID = new WavelengthGrid(6295.027832, 2470, 1.037739939825, 5000);
    private static final String DIR = "ozdes/2dF+AAOmega_x5700/";
    private static final double EXPOSURE_GAP = 2580;

    @Override
    public String surveyId() {
        return "ozdes";
    }

    /** Options of one file: which real-world variant it is. */
    private record Variant(boolean noUnits, boolean staleAxis) {
    }

    @Override
    public void generate(int spectra, Rng rng, SampleSink sink) throws IOException {
        List<OzdesTarget> seen = new ArrayList<>();
        int number = rng.between(1, 20);
        int remaining = spectra;
        for (int i = 0; remaining > 0; i++) {
            int exposures = Math.max(1, Math.min(rng.between(2, 5), remaining - 1));
            // File 3 always revisits an earlier target, so multi-epoch targets exist in any sample.
            boolean revisitNow = i == 3 || (i > 3 && rng.chance(0.2));
            OzdesTarget target = revisitNow ? rng.pick(seen) : OzdesTarget.draw(rng);
            seen.add(target);
            Variant variant = new Variant(i == 1 || (i > 2 && rng.chance(0.08)), i == 2 || (i > 2 && rng.chance(0.04)));
            write(sink, path(sink, number), target, exposures, revisitNow, variant, rng);
            number += rng.between(1, 60);
            remaining -= 1 + exposures;
        }
        writeTruncated(sink, path(sink, number), OzdesTarget.draw(rng), rng);
    }

    private static Path path(SampleSink sink, int number) {
        return sink.path(DIR + String.format(Locale.ROOT, "OzDES-DR2_%05d.fits", number));
    }

    private List<BasicHDU<?>> build(OzdesTarget t, int count, boolean revisit, Variant variant, Rng rng,
                                    StringBuilder summary) throws IOException {
        List<OzdesExposure> exposures = observe(t, count, revisit, rng);
        double[] coadd = new double[GRID.pixels()];
        double[] coaddVar = new double[GRID.pixels()];
        boolean[] coaddBad = new boolean[GRID.pixels()];
        for (int i = 0; i < coadd.length; i++) {
            double weights = 0;
            double sum = 0;
            for (OzdesExposure e : exposures) {
                if (!e.bad()[i]) {
                    double v = e.variance()[i] * e.flxscale() * e.flxscale();
                    weights += 1 / v;
                    sum += e.flux()[i] * e.flxscale() / v;
                }
            }
            coaddBad[i] = weights == 0;
            coadd[i] = coaddBad[i] ? Double.NaN : sum / weights;
            coaddVar[i] = coaddBad[i] ? Double.NaN : 1 / weights;
        }
        ObsTime last = exposures.get(exposures.size() - 1).start();
        List<BasicHDU<?>> hdus = new ArrayList<>();
        ImageHDU primary = Hdus.image(coadd);
        Cards c = Cards.of(primary).bool("DO_HELIO", false, null);
        if (!variant.noUnits()) {
            c.str("REFERENC", REFERENC, null);
        }
        wcs(c, GRID, false)
            .str("SOURCE", t.source(), null)
            .num("RA", t.target().ra(), 12, null)
            .num("DEC", t.target().dec(), 12, null)
            .str("NDATE", last.plusDays(rng.between(300, 1200)).isot(0).replace('-', ':'), null)
            .str("VERCOADD", "v" + rng.between(20, 27), null)
            .num("RMAG", t.target().magnitude(), 8, null)
            .num("Z", t.z(), 5, null)
            .integer("QOP", t.qop(), null)
            .str("TYPE0", t.type0(), null);
        if (t.type1() != null) {
            c.str("TYPE1", t.type1(), null);
        }
        if (!variant.noUnits()) {
            c.str("BUNIT", OzdesExposure.COUNTS, null);
        }
        hdus.add(primary);
        ImageHDU variance = Hdus.image(coaddVar);
        Cards v = wcs(Cards.of(variance).str("EXTNAME", "VARIANCE", null), GRID, false);
        if (!variant.noUnits()) {
            v.str("BUNIT", OzdesExposure.COUNTS2, null);
        }
        hdus.add(variance);
        ImageHDU badpix = Hdus.image(mask(coaddBad));
        wcs(Cards.of(badpix).str("EXTNAME", "BADPIX", null), GRID, false);
        hdus.add(badpix);
        String config = String.format(Locale.ROOT, "%s_%s_p%d.sds", t.field().substring(4), exposures.get(0).start().yyyymmdd(),
            rng.between(0, 1));
        int pivot = rng.between(1, 400);
        for (OzdesExposure e : exposures) {
            hdus.addAll(e.hdus(t, GRID, config, pivot, variant.staleAxis(), rng));
            summary.append(summary.length() == 0 ? "" : ", ").append(e.tag());
        }
        return hdus;
    }

    /** Exposures over one to three nights, ~43 min apart within a night; QSOs vary between nights. */
    private static List<OzdesExposure> observe(OzdesTarget t, int count, boolean revisit, Rng rng) {
        double[] lambda = GRID.values();
        double[] source = SourceModel.render(t.target(), lambda, Spectrograph.AAOMEGA.resolvingPower());
        int nights = count == 1 ? 1 : rng.between(1, Math.min(3, count));
        int perNight = (count + nights - 1) / nights;
        LocalDate firstNight = revisit ? LocalDate.of(2017, 8, 1) : LocalDate.of(2013, 8, 15);
        LocalDate lastNight = revisit ? LocalDate.of(2018, 12, 31) : LocalDate.of(2017, 1, 31);
        ObsTime start = Nights.start(rng, firstNight, lastNight);
        double variability = 1;
        double level = 0.3 + 4 * StrictMath.pow(10, -0.4 * (t.target().magnitude() - 19));
        List<OzdesExposure> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0 && i % perNight == 0) {
                start = Nights.sameNight(rng, start.date().plusDays(rng.between(1, 40)));
                variability = t.target().kind() == TargetKind.QSO ? rng.uniform(0.8, 1.25) : 1;
            } else if (i > 0) {
                start = start.plusSeconds(EXPOSURE_GAP + rng.between(-30, 60));
            }
            start = avoidRoundingTie(start);
            double exposed = i == 0 && rng.chance(0.2) ? 2100 : 2400;
            double gain = rng.uniform(5, 12);
            double[] scaled = source.clone();
            for (int p = 0; p < scaled.length; p++) {
                scaled[p] *= variability;
            }
            NoisySpectrum s = Observer.observe(scaled, lambda, Spectrograph.AAOMEGA, level * gain * exposed / 2400,
                gain * 2.0, rng);
            boolean[] bad = BadPixels.mask(lambda.length, rng.between(6, 12), rng.between(6, 14), rng.between(0, 6), rng);
            double[] flux = s.flux().clone();
            double[] variance = s.variance().clone();
            BadPixels.apply(bad, Double.NaN, flux, variance);
            list.add(new OzdesExposure(start, exposed, 1 / gain, flux, variance, bad));
        }
        return list;
    }

    /** Start times whose MJD ends in exactly …5 at the fourth decimal would make the %.3f name ambiguous. */
    private static ObsTime avoidRoundingTie(ObsTime t) {
        long seconds = Math.round(t.secondsOfDay());
        return seconds % 432 == 216 ? t.plusSeconds(1) : t;
    }

    private void write(SampleSink sink, Path file, OzdesTarget t, int count, boolean revisit, Variant variant,
                       Rng rng) throws IOException {
        StringBuilder tags = new StringBuilder();
        List<BasicHDU<?>> hdus = build(t, count, revisit, variant, rng, tags);
        FitsFileWriter.write(file, hdus);
        String what = variant.noUnits() ? " [real-world variant: coadd without BUNIT/REFERENC; specutils fails]"
            : variant.staleAxis() ? " [real-world variant: stale CTYPE2 in exposure headers; specutils fails]" : "";
        sink.good(file, surveyId(), 1 + count, String.format(Locale.ROOT,
                "OzDES coadd + VARIANCE + BADPIX + %d exposure triplet(s) [%s], SOURCE %s, z=%s QOP%d%s%s", count,
                tags, t.source(), t.qop() >= 3 && t.qop() != 6 ? String.format(Locale.ROOT, "%.4f", t.z()) : "-9.999",
                t.qop(), revisit ? ", target also in an earlier file" : "", what),
            variant.noUnits() || variant.staleAxis() ? ReferenceReading.fails(FORMAT)
                : ReferenceReading.reads(FORMAT, 1 + count, GRID.first(), GRID.last()));
    }

    private void writeTruncated(SampleSink sink, Path file, OzdesTarget t, Rng rng) throws IOException {
        List<BasicHDU<?>> hdus = build(t, 3, false, new Variant(false, false), rng, new StringBuilder());
        // Cut 1000 bytes into the header of the second exposure (HDU 6).
        int cut = FitsFileWriter.toBytes(hdus.subList(0, 6)).length + 1000;
        byte[] bytes = FitsFileWriter.toBytes(hdus);
        Files.createDirectories(file.getParent());
        Files.write(file, Arrays.copyOf(bytes, cut));
        sink.broken(file, surveyId(), "BROKEN: OzDES file truncated to " + cut + " of " + bytes.length
            + " bytes, inside the header of the second exposure", ReferenceReading.fails(FORMAT));
    }

    static Cards wcs(Cards c, WavelengthGrid grid, boolean comments) {
        return c.num("CRPIX1", grid.crpix(), comments ? "Reference pixel along axis 1" : null)
            .num("CRVAL1", grid.crval(), 6, comments ? "Co-ordinate value of axis 1" : null)
            .num("CDELT1", grid.cdelt(), 12, comments ? "Co-ordinate increment along axis 1" : null)
            .str("CTYPE1", "wavelength", comments ? "Label for axis 1" : null)
            .str("CUNIT1", "angstrom", comments ? "Units for axis 1" : null);
    }

    static byte[] mask(boolean[] bad) {
        byte[] m = new byte[bad.length];
        for (int i = 0; i < bad.length; i++) {
            m[i] = (byte) (bad[i] ? 1 : 0);
        }
        return m;
    }
}
