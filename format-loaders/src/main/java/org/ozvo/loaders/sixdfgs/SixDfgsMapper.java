package org.ozvo.loaders.sixdfgs;

import java.util.OptionalInt;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.obscore.Redshifts;
import org.ozvo.loaders.obscore.SpectrumMetadata;
import org.ozvo.loaders.obscore.Subtypes;
import org.ozvo.loaders.obscore.SurveyInfo;
import org.ozvo.loaders.obscore.TimeSpan;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Maps 6dFGS spectra to ObsCore values (survey-formats.md section 3). Unlike Data Central's
 * code, which kept the last V/R headers of a file, a VR spectrum takes its times from the V and
 * R spectra of its own observation.
 */
final class SixDfgsMapper {

    private static final String NOT_IN_CONFIG = "not__in__config";

    /**
     * @param header   the spectrum's own keywords (position, redshift, names)
     * @param band     V, R or VR
     * @param time           from {@link #armTime} or {@link #splicedTime}
     * @param collection     the product's collection
     * @param obsId          id within the collection
     * @param part           e.g. "observation 1 (HDU 5)" for titles, or null
     * @param fallbackTarget target name when the header has none (the file name)
     */
    SpectrumMetadata map(Keywords header, SixDfgsBand band, TimeSpan time, String collection, String obsId,
                         String part, String fallbackTarget) throws LoaderException {
        boolean spliced = band == SixDfgsBand.VR;
        SpectrumMetadata m = new SpectrumMetadata(SurveyInfo.SIXDFGS, collection, obsId,
            spliced ? Subtypes.SPLICED : Subtypes.ARM, spliced ? 3 : 2);
        String target = targetName(header, band, fallbackTarget);
        m.target(target, null);
        checkPosition(header);
        m.position(header.requireNumber("OBSRA"), header.requireNumber("OBSDEC"));
        OptionalInt q = header.integer("QUALITY");
        m.redshift(Redshifts.valid(header.firstNumber("Z_HELIO", "Z")), q.isPresent() ? q.getAsInt() : null);
        m.time(time);
        m.band(band.name());
        m.title("6dFGS " + (spliced ? "spliced V+R" : band.name() + "-grating") + " spectrum of " + target
            + (part == null ? "" : ", " + part));
        return m;
    }

    /** Times of a V or R spectrum; VR has none of its own (see {@link SixDfgsTimes#spliced}). */
    static TimeSpan armTime(Keywords k, SixDfgsBand band) throws LoaderException {
        return band == SixDfgsBand.VR ? TimeSpan.UNKNOWN : SixDfgsTimes.arm(k, band.name());
    }

    /** Times of a VR spectrum: the union of its V and R observations. */
    static TimeSpan splicedTime(Keywords v, Keywords r) throws LoaderException {
        return SixDfgsTimes.spliced(v, r);
    }

    /** NAME_V or NAME_R (VR has NAME_V), else TARGET unless it is the "not in config" placeholder. */
    static String targetName(Keywords k, SixDfgsBand band, String fallback) {
        String own = band == SixDfgsBand.R ? "NAME_R" : "NAME_V";
        return k.firstString(own, "NAME_V", "NAME_R")
            .or(() -> k.string("TARGET").filter(t -> !t.equalsIgnoreCase(NOT_IN_CONFIG)))
            .orElse(fallback);
    }

    private static void checkPosition(Keywords k) throws LoaderException {
        double ra = k.requireNumber("OBSRA");
        double dec = k.requireNumber("OBSDEC");
        if (ra < 0 || ra >= 360 || dec < -90 || dec > 90) {
            throw new LoaderException(k.where() + ": OBSRA/OBSDEC (" + ra + ", " + dec + ") are not degrees");
        }
    }
}
