package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import nom.tam.fits.BasicHDU;
import org.ozvo.sampledata.ReferenceReading;
import org.ozvo.sampledata.astro.ObsTime;
import org.ozvo.sampledata.fits.FitsFileWriter;
import org.ozvo.sampledata.synth.Redshifts;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.SkyRegion;
import org.ozvo.sampledata.synth.Target;
import org.ozvo.sampledata.synth.TargetKind;

/**
 * 2dFGRS final-release object files {@code 2dfgrs/<SEQNUM>.fits}: catalogue stamp plus one
 * to three {@code SPECTRUM} extensions in time order, some stamp-only files, a truncated
 * file and one whose only spectrum lacks CRVAL1. Targets lie in the NGP and SGP strips and
 * the southern random fields; b_J 14–19.45; z mostly 0–0.3 with a few stars and QSOs;
 * observed 1997–2002.
 */
public final class TwoDfgrsGenerator implements SurveyGenerator {

    static final String FORMAT = "2dFGRS";
    private static final LocalDate FIRST_NIGHT = LocalDate.of(1997, 10, 1);
    private static final LocalDate LAST_NIGHT = LocalDate.of(2002, 4, 30);
    private static final SkyRegion NGP = SkyRegion.box(147.5, 222.5, -7.5, 2.5);
    private static final SkyRegion SGP = SkyRegion.box(325.0, 55.0, -37.5, -22.5);
    private static final SkyRegion RANDOM = SkyRegion.box(0.0, 360.0, -50.0, -15.0);

    @Override
    public String surveyId() {
        return "2dfgrs";
    }

    @Override
    public void generate(int spectra, Rng rng, SampleSink sink) throws IOException {
        State state = new State(rng);
        int remaining = spectra;
        for (int i = 0; remaining > 0; i++) {
            int k = i == 0 ? 3 : i == 1 ? 2 : rng.chance(0.72) ? 1 : rng.chance(0.7) ? 2 : 3;
            k = Math.min(k, remaining);
            writeObject(state, k, sink);
            remaining -= k;
        }
        for (int i = 0; i <= spectra / 100; i++) {
            writeStampOnly(state, sink);
        }
        writeTruncated(state, sink);
        writeMissingCrval(state, sink);
    }

    /** Sequence numbers, field names and reduced-file names must not repeat across files. */
    private static final class State {
        final Rng rng;
        int seqnum;
        final Set<String> spfiles = new HashSet<>();

        State(Rng rng) {
            this.rng = rng;
            this.seqnum = rng.between(1, 500);
        }

        TwoDfgrsObject nextObject() {
            seqnum += rng.between(1, 1000);
            double[] pos;
            String field;
            double which = rng.uniform();
            if (which < 0.45) {
                pos = SGP.sample(rng);
                field = String.format(Locale.ROOT, "sgp%03d", rng.between(1, 460));
            } else if (which < 0.9) {
                pos = NGP.sample(rng);
                field = String.format(Locale.ROOT, "ngp%03d", rng.between(1, 330));
            } else {
                pos = RANDOM.sample(rng);
                field = String.format(Locale.ROOT, "ran%03d", rng.between(1, 99));
            }
            double bj = 19.45 - 5.45 * rng.uniform() * rng.uniform();
            double kind = rng.uniform();
            Target t;
            if (kind < 0.03) {
                t = new Target(TargetKind.STAR, pos[0], pos[1], Redshifts.star(rng), bj, rng.nextLong());
            } else if (kind < 0.045) {
                t = new Target(TargetKind.QSO, pos[0], pos[1], Redshifts.qso(rng, 0.3, 2.5), bj, rng.nextLong());
            } else {
                TargetKind k = rng.chance(0.5) ? TargetKind.EMISSION_GALAXY : TargetKind.ABSORPTION_GALAXY;
                t = new Target(k, pos[0], pos[1], Redshifts.galaxy(rng, 0.11, 0.3), bj, rng.nextLong());
            }
            return TwoDfgrsObject.create(seqnum, t, field, rng);
        }

        List<TwoDfgrsObservation> observe(TwoDfgrsObject object, int count) {
            List<TwoDfgrsObservation> list = new ArrayList<>();
            ObsTime start = Nights.start(rng, FIRST_NIGHT, LAST_NIGHT.minusDays(200L * count));
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    start = Nights.sameNight(rng, start.date().plusDays(rng.between(25, 200)));
                }
                int plate = rng.between(0, 1);
                String spfile = object.field + "_" + start.yymmdd() + "_" + plate + "z.fits";
                while (!spfiles.add(spfile)) {
                    start = Nights.sameNight(rng, start.date().plusDays(1));
                    spfile = object.field + "_" + start.yymmdd() + "_" + plate + "z.fits";
                }
                // Re-observed objects mostly failed before; the last attempt mostly succeeds.
                boolean measured = i == count - 1 ? rng.chance(0.92) : rng.chance(0.35);
                list.add(TwoDfgrsObservation.observe(object, start, spfile, plate, "TXYZ".charAt(i), measured, rng));
            }
            return list;
        }
    }

    private static Path fileOf(SampleSink sink, int seqnum) {
        return sink.path(String.format(Locale.ROOT, "2dfgrs/%06d.fits", seqnum));
    }

    private void writeObject(State state, int k, SampleSink sink) throws IOException {
        TwoDfgrsObject object = state.nextObject();
        List<TwoDfgrsObservation> observations = state.observe(object, k);
        List<BasicHDU<?>> hdus = new ArrayList<>();
        hdus.add(object.primary());
        StringJoiner summary = new StringJoiner("; ", " (", ")");
        double first = Double.MAX_VALUE;
        double last = -Double.MAX_VALUE;
        for (TwoDfgrsObservation o : observations) {
            hdus.add(o.hdu(true));
            summary.add(o.summary());
            first = Math.min(first, o.grid.first());
            last = Math.max(last, o.grid.last());
        }
        Path file = fileOf(sink, object.seqnum);
        FitsFileWriter.write(file, hdus);
        sink.good(file, surveyId(), k, "2dFGRS object file: stamp + " + k + " SPECTRUM HDU" + (k > 1 ? "s" : "")
            + summary, ReferenceReading.reads(FORMAT, k, first, last));
    }

    private void writeStampOnly(State state, SampleSink sink) throws IOException {
        TwoDfgrsObject object = state.nextObject();
        Path file = fileOf(sink, object.seqnum);
        FitsFileWriter.write(file, List.of(object.primary()));
        sink.good(file, surveyId(), 0, "2dFGRS object file with postage stamp only (object never observed)",
            ReferenceReading.reads(FORMAT, 0, Double.NaN, Double.NaN));
    }

    private void writeTruncated(State state, SampleSink sink) throws IOException {
        TwoDfgrsObject object = state.nextObject();
        List<BasicHDU<?>> hdus = new ArrayList<>();
        hdus.add(object.primary());
        for (TwoDfgrsObservation o : state.observe(object, 2)) {
            hdus.add(o.hdu(true));
        }
        byte[] bytes = FitsFileWriter.toBytes(hdus);
        // Cut inside the data of the last SPECTRUM HDU, as an interrupted download would.
        int length = bytes.length - 2 * 2880 - 1234;
        Path file = fileOf(sink, object.seqnum);
        Files.createDirectories(file.getParent());
        Files.write(file, java.util.Arrays.copyOf(bytes, length));
        sink.broken(file, surveyId(), "BROKEN: 2dFGRS file with 2 SPECTRUM HDUs truncated to " + length
            + " of " + bytes.length + " bytes (inside the last HDU's data)", ReferenceReading.fails(FORMAT));
    }

    private void writeMissingCrval(State state, SampleSink sink) throws IOException {
        TwoDfgrsObject object = state.nextObject();
        TwoDfgrsObservation o = state.observe(object, 1).get(0);
        Path file = fileOf(sink, object.seqnum);
        FitsFileWriter.write(file, List.of(object.primary(), o.hdu(false)));
        sink.broken(file, surveyId(), "BROKEN: 2dFGRS file whose only SPECTRUM HDU lacks CRVAL1",
            ReferenceReading.fails(FORMAT));
    }
}
