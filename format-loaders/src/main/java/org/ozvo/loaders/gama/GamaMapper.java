package org.ozvo.loaders.gama;

import java.time.ZoneOffset;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.obscore.HeaderTimes;
import org.ozvo.loaders.obscore.ObsTimes;
import org.ozvo.loaders.obscore.Redshifts;
import org.ozvo.loaders.obscore.SpectrumMetadata;
import org.ozvo.loaders.obscore.Subtypes;
import org.ozvo.loaders.obscore.SurveyInfo;
import org.ozvo.loaders.obscore.TimeSpan;
import org.ozvo.loaders.sixdfgs.SixDfgsTimes;
import org.ozvo.loaders.twodfgrs.TwoDfgrsTimes;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Maps a GAMA release file to ObsCore values (survey-formats.md section 4). Position, redshift
 * and name come from the keywords GAMA appends to every file; times and instrument from the
 * survey that took the spectrum.
 */
final class GamaMapper {

    /**
     * @param band the arm of a 6dFGS copy (V, R, VR), else null
     */
    SpectrumMetadata map(Keywords k, GamaSource source, String band, String collection, String obsId)
        throws LoaderException {
        SpectrumMetadata m = new SpectrumMetadata(SurveyInfo.GAMA, collection, obsId, Subtypes.SINGLE, 2);
        if (source != GamaSource.GAMA) {
            m.instrument(source.facility(), source.instrument()).resolvingPower(source.resolvingPower())
                .aperture(source.fibreArcsec()).creator(source.creator());
        }
        String target = k.firstString("GAMANAME", "OBJECT").orElse(obsId);
        m.target(target, null);
        double ra = k.requireNumber("RA");
        double dec = k.requireNumber("DEC");
        if (ra < 0 || ra >= 360 || dec < -90 || dec > 90) {
            throw new LoaderException(k.where() + ": RA/DEC (" + ra + ", " + dec + ") are not degrees");
        }
        m.position(ra, dec);
        OptionalInt nq = k.integer("NQ");
        m.redshift(Redshifts.valid(k.number("Z")), nq.isPresent() ? nq.getAsInt() : null);
        m.time(time(k, source, band));
        m.band(band);
        m.snr(positive(k.number("SN_ALT")));
        if (source == GamaSource.TWODFGRS) {
            m.seeing(positive(k.number("SEEING")));
        }
        if (source == GamaSource.GAMA) {
            k.string("DATE").ifPresent(d -> m.creationDate(ObsTimes.dateTime(d).toInstant(ZoneOffset.UTC)));
            m.title("GAMA AAOmega spectrum of " + target + " (" + k.string("SPECID").orElse(obsId) + ")");
        } else {
            m.title(source.survey() + " spectrum of " + target + " as redistributed by GAMA ("
                + k.string("SPECID").orElse(obsId) + ")");
        }
        return m;
    }

    private static TimeSpan time(Keywords k, GamaSource source, String band) throws LoaderException {
        try {
            return switch (source) {
                case GAMA -> gamaTime(k);
                case TWODFGRS -> TwoDfgrsTimes.of(k);
                case SDSS -> sdssTime(k);
                // a split VR has no times of its own, and its V and R are not in the file
                case SIXDFGS -> "V".equals(band) || "R".equals(band) ? SixDfgsTimes.arm(k, band) : TimeSpan.UNKNOWN;
                // GAMA's WiggleZ copies have only DATE, the file's creation: no time is guessed
                case WIGGLEZ -> TimeSpan.UNKNOWN;
                default -> HeaderTimes.from(k);
            };
        } catch (IllegalArgumentException e) {
            throw new LoaderException(k.where() + ": unreadable observation time: " + e.getMessage(), e);
        }
    }

    /**
     * DATE-OBS is the first night, UTSTART the first exposure's start, UTEND the last exposure's
     * end - possibly on a later night (N_EXP nights) whose date the file does not give, so the
     * end is only known for single-night spectra. T_EXP is the total exposure.
     */
    private static TimeSpan gamaTime(Keywords k) throws LoaderException {
        if (!k.has("DATE-OBS") || !k.has("UTSTART")) {
            return new TimeSpan(null, null, positive(k.number("T_EXP")), nights(k));
        }
        Integer nights = nights(k);
        String date = k.requireString("DATE-OBS");
        if (nights != null && nights == 1 && k.has("UTEND")) {
            TimeSpan s = TimeSpan.ofDay(date, k.requireString("UTSTART"), k.requireString("UTEND"), null, null);
            return new TimeSpan(s.start(), s.end(), positive(k.number("T_EXP")), nights);
        }
        return new TimeSpan(ObsTimes.mjd(date, k.requireString("UTSTART")), null, positive(k.number("T_EXP")), nights);
    }

    /** GAMA counts nights (N_EXP), not frames; a night is one epoch, which is what t_xel counts here. */
    private static Integer nights(Keywords k) {
        OptionalInt n = k.integer("N_EXP");
        return n.isPresent() && n.getAsInt() > 0 ? n.getAsInt() : null;
    }

    /** SDSS TAI-BEG/TAI-END are TAI seconds since MJD 0; UTC lags TAI by 32-34 s in the SDSS-I/II years. */
    private static TimeSpan sdssTime(Keywords k) throws LoaderException {
        OptionalDouble beg = k.number("TAI-BEG");
        OptionalDouble end = k.number("TAI-END");
        Double exposure = positive(k.number("EXPTIME"));
        if (beg.isEmpty()) {
            return HeaderTimes.from(k);
        }
        double taiMinusUtc = beg.getAsDouble() / 86400 < 53736 ? 32 : beg.getAsDouble() / 86400 < 54832 ? 33 : 34;
        double start = (beg.getAsDouble() - taiMinusUtc) / 86400;
        Double stop = end.isPresent() ? (end.getAsDouble() - taiMinusUtc) / 86400 : null;
        return new TimeSpan(start, stop, exposure, null);
    }

    private static Double positive(OptionalDouble d) {
        return d.isPresent() && d.getAsDouble() > 0 ? d.getAsDouble() : null;
    }
}
