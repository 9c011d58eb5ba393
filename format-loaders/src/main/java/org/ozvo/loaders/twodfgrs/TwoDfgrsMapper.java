package org.ozvo.loaders.twodfgrs;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.obscore.Fk4ToIcrs;
import org.ozvo.loaders.obscore.ObsTimes;
import org.ozvo.loaders.obscore.Redshifts;
import org.ozvo.loaders.obscore.SpectrumMetadata;
import org.ozvo.loaders.obscore.Subtypes;
import org.ozvo.loaders.obscore.SurveyInfo;
import org.ozvo.loaders.spi.LoaderException;

/** Maps one 2dFGRS observation to ObsCore values (survey-formats.md section 2). */
final class TwoDfgrsMapper {

    SpectrumMetadata map(TwoDfgrsObservation obs, String collection, String fileStem) throws LoaderException {
        Keywords h = obs.header();
        Keywords p = obs.primary();
        String target = p.firstString("NAME", "OBSNAME").orElse(fileStem);
        SpectrumMetadata m = new SpectrumMetadata(SurveyInfo.TWODFGRS, collection, fileStem + "_" + obs.hdu(),
            Subtypes.SINGLE, 2);
        m.target(target, p.integer("IGAL").orElse(0) == 1 ? "galaxy" : null);
        double[] radec = position(h, p);
        m.position(radec[0], radec[1]);
        OptionalInt quality = h.integer("QUALITY");
        m.redshift(Redshifts.valid(h.firstNumber("Z_HELIO", "Z")), quality.isPresent() ? quality.getAsInt() : null);
        m.time(TwoDfgrsTimes.of(h));
        m.seeing(positive(h.number("SEEING")));
        m.snr(positive(h.number("SNR")));
        String date = h.string("UTDATE").map(d -> ObsTimes.date(d).toString()).orElse("date unknown");
        m.title("2dFGRS spectrum of " + target + ", observed " + date + " (HDU " + obs.hdu() + ")");
        return m;
    }

    /**
     * OBSRA/OBSDEC are the fibre position in radians, FK4 B1950 (checked against the J2000
     * SuperCOSMOS positions in the same header); fall back to the catalogue RA/DEC, same system.
     */
    private static double[] position(Keywords h, Keywords p) throws LoaderException {
        OptionalDouble ra = h.number("OBSRA");
        OptionalDouble dec = h.number("OBSDEC");
        if (ra.isEmpty() || dec.isEmpty()) {
            ra = p.number("RA");
            dec = p.number("DEC");
        }
        if (ra.isEmpty() || dec.isEmpty()) {
            throw new LoaderException(h.where() + ": no position (OBSRA/OBSDEC, or RA/DEC in the primary header)");
        }
        if (Math.abs(ra.getAsDouble()) > 2 * Math.PI + 1e-9 || Math.abs(dec.getAsDouble()) > Math.PI / 2 + 1e-9) {
            throw new LoaderException(h.where() + ": OBSRA/OBSDEC (" + ra.getAsDouble() + ", " + dec.getAsDouble()
                + ") are not radians");
        }
        return Fk4ToIcrs.convert(ra.getAsDouble(), dec.getAsDouble());
    }

    private static Double positive(OptionalDouble d) {
        return d.isPresent() && d.getAsDouble() > 0 ? d.getAsDouble() : null;
    }
}
