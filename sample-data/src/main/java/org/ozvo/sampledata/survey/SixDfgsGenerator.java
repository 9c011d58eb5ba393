package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import nom.tam.fits.AsciiTable;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.FitsException;
import nom.tam.fits.ImageHDU;
import nom.tam.fits.NullDataHDU;
import nom.tam.fits.TableHDU;
import org.ozvo.sampledata.ReferenceReading;
import org.ozvo.sampledata.astro.Galactic;
import org.ozvo.sampledata.astro.ObsTime;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.FitsFileWriter;
import org.ozvo.sampledata.synth.Redshifts;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.SkyRegion;
import org.ozvo.sampledata.synth.Target;
import org.ozvo.sampledata.synth.TargetKind;

/**
 * 6dFGS DR3 files (survey-formats.md §3) in all three packagings: {@code all-<target>.fits}
 * (5 thumbnails + V, R, VR per observation, one or two observations), the tabular
 * {@code 1D-<target>.fits} (empty primary + ASCII table WAVE/FLUX on the VR grid) and Data
 * Central's split {@code all-<target>{v,r,vr}_spectrum0.fits} (one spectral HDU each), plus
 * one split file without CRVAL1. Targets cover the southern sky (Dec &lt; 0, |b| &gt; 10°),
 * z mostly below 0.15, observed 2001–2005.
 */
public final class SixDfgsGenerator implements SurveyGenerator {

    static final String COMBINED = "6dFGS-combined";
    static final String TABULAR = "6dFGS-tabular";
    static final String SPLIT = "6dFGS-split";
    private static final LocalDate FIRST_NIGHT = LocalDate.of(2001, 5, 1);
    private static final LocalDate LAST_NIGHT = LocalDate.of(2005, 12, 31);
    private static final SkyRegion SOUTH = SkyRegion.box(0, 360, -85, 0);

    @Override
    public String surveyId() {
        return "6dfgs";
    }

    @Override
    public void generate(int spectra, Rng rng, SampleSink sink) throws IOException {
        int tabular = Math.max(1, spectra / 20);
        int splitTargets = Math.max(1, spectra / 30);
        for (int i = 0; i < tabular; i++) {
            writeTabular(rng, sink);
        }
        for (int i = 0; i < splitTargets; i++) {
            writeSplit(rng, sink);
        }
        int remaining = spectra - tabular - 3 * splitTargets;
        boolean first = true;
        do {
            // The first file always has two observations (if the budget allows) so both occur.
            int observations = (first || rng.chance(0.3)) && remaining >= 6 ? 2 : 1;
            writeCombined(rng, sink, observations);
            remaining -= 3 * observations;
            first = false;
        } while (remaining > 0);
        writeSplitWithoutCrval(rng, sink);
    }

    static SixDfgsTarget nextTarget(Rng rng, SkyRegion region, boolean avoidPlane) {
        double[] pos;
        do {
            pos = region.sample(rng);
        } while (avoidPlane && Math.abs(Galactic.latitude(pos[0], pos[1])) < 10);
        double mag = 16.5 - 4.0 * rng.uniform() * rng.uniform();
        Target t;
        if (rng.chance(0.03)) {
            t = new Target(TargetKind.STAR, pos[0], pos[1], Redshifts.star(rng), mag, rng.nextLong());
        } else {
            TargetKind k = rng.chance(0.6) ? TargetKind.ABSORPTION_GALAXY : TargetKind.EMISSION_GALAXY;
            t = new Target(k, pos[0], pos[1], Redshifts.galaxy(rng, 0.053, 0.2), mag, rng.nextLong());
        }
        return SixDfgsTarget.of(t, rng.chance(0.85) ? 'g' : 'c', !rng.chance(0.03));
    }

    static SixDfgsObservation observe(SixDfgsTarget target, SixDfgsRedshift z, ObsTime night, Rng rng) {
        return new SixDfgsObservation(target, z, night, rng);
    }

    private void writeCombined(Rng rng, SampleSink sink, int count) throws IOException {
        SixDfgsTarget target = nextTarget(rng, SOUTH, true);
        SixDfgsRedshift z = SixDfgsRedshift.measure(target.target(), rng);
        List<BasicHDU<?>> hdus = new ArrayList<>(SixDfgsThumbnails.create(target.target(), rng));
        ObsTime night = Nights.start(rng, FIRST_NIGHT, LAST_NIGHT.minusDays(400));
        StringJoiner summary = new StringJoiner("; ", " (", ")");
        double first = Double.MAX_VALUE;
        double last = -Double.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                night = Nights.sameNight(rng, night.date().plusDays(rng.between(30, 390)));
            }
            SixDfgsObservation o = observe(target, z, night, rng);
            for (SixDfgsArm arm : SixDfgsArm.values()) {
                hdus.add(o.hdu(arm, true));
                first = Math.min(first, o.grid(arm).first());
                last = Math.max(last, o.grid(arm).last());
            }
            summary.add(o.summary());
        }
        Path file = sink.path("6dfgs/all-" + target.name() + ".fits");
        FitsFileWriter.write(file, hdus);
        sink.good(file, surveyId(), 3 * count + 5, "6dFGS combined file: 5 thumbnails + " + count
            + " x (V, R, VR)" + summary, ReferenceReading.reads(COMBINED, 3 * count, first, last));
    }

    private void writeTabular(Rng rng, SampleSink sink) throws IOException {
        SixDfgsTarget target = nextTarget(rng, SOUTH, true);
        SixDfgsRedshift z = SixDfgsRedshift.measure(target.target(), rng);
        SixDfgsObservation o = observe(target, z, Nights.start(rng, FIRST_NIGHT, LAST_NIGHT), rng);
        NullDataHDU primary = new NullDataHDU();
        ObsTime v = o.start(SixDfgsArm.V);
        Cards.of(primary)
            .str("TARGET", target.configName(), "matching name in config file")
            .str("NAME_V", target.name(), "Observed object name V frame")
            .num("OBSRA", target.target().ra(), 8, "Observed RA")
            .num("OBSDEC", target.target().dec(), 8, "Observed DEC")
            .num("Z", z.z(), 6, "raw measured redshift")
            .num("Z_HELIO", z.zHelio(), 6, "heliocentric corrected redshift")
            .integer("QUALITY", z.quality(), "redshift measurement quality")
            .str("UTDATE_V", v.date('/'), "UT date of observation")
            .str("UTSTRT_V", v.time(1), "UT time of observation")
            .num("MJDOBS_V", v.mjd(), 8, "modified Julian date of observation");
        double[][] table = o.tabular();
        Path file = sink.path("6dfgs/1D-" + target.name() + ".fits");
        FitsFileWriter.write(file, List.of(primary, asciiTable(table[0], table[1])));
        sink.good(file, surveyId(), 1, "6dFGS tabular file: empty primary + ASCII table WAVE/FLUX (" + table[0].length
                + " rows, " + o.summary() + ")",
            ReferenceReading.reads(TABULAR, 1, table[0][0], table[0][table[0].length - 1]));
    }

    private static TableHDU<?> asciiTable(double[] wave, double[] flux) throws IOException {
        try {
            AsciiTable table = new AsciiTable();
            table.addColumn(wave, 12);
            table.addColumn(flux, 15);
            TableHDU<?> hdu = table.toHDU();
            hdu.setColumnName(0, "WAVE", "wavelength");
            hdu.setColumnName(1, "FLUX", "flux");
            Cards.of(hdu)
                .str("TUNIT1", "Angstrom", "")
                .str("TUNIT2", "counts/s", "")
                .str("EXTNAME", "spectrum", "");
            return hdu;
        } catch (FitsException e) {
            throw new IOException("cannot build ASCII table: " + e.getMessage(), e);
        }
    }

    private void writeSplit(Rng rng, SampleSink sink) throws IOException {
        SixDfgsTarget target = nextTarget(rng, SOUTH, true);
        SixDfgsObservation o = observe(target, SixDfgsRedshift.measure(target.target(), rng),
            Nights.start(rng, FIRST_NIGHT, LAST_NIGHT), rng);
        for (SixDfgsArm arm : SixDfgsArm.values()) {
            Path file = sink.path("6dfgs/all-" + target.name() + arm.splitTag + "_spectrum0.fits");
            FitsFileWriter.write(file, List.of(split(o, arm, true)));
            sink.good(file, surveyId(), 1, "6dFGS split file (Data Central): " + arm.extname + " of observation 0 ("
                + o.summary() + ")", ReferenceReading.reads(SPLIT, 1, o.grid(arm).first(), o.grid(arm).last()));
        }
    }

    static ImageHDU split(SixDfgsObservation o, SixDfgsArm arm, boolean withCrval) throws IOException {
        ImageHDU hdu = o.hdu(arm, withCrval);
        Cards.of(hdu).history("Split from all-" + o.target.name() + ".fits by Data Central");
        return hdu;
    }

    private void writeSplitWithoutCrval(Rng rng, SampleSink sink) throws IOException {
        SixDfgsTarget target = nextTarget(rng, SOUTH, true);
        SixDfgsObservation o = observe(target, SixDfgsRedshift.measure(target.target(), rng),
            Nights.start(rng, FIRST_NIGHT, LAST_NIGHT), rng);
        Path file = sink.path("6dfgs/all-" + target.name() + "v_spectrum0.fits");
        FitsFileWriter.write(file, List.of(split(o, SixDfgsArm.V, false)));
        sink.broken(file, surveyId(), "BROKEN: 6dFGS split V spectrum without CRVAL1", ReferenceReading.fails(SPLIT));
    }
}
