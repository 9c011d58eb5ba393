package org.ozvo.loaders.wigglez;

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
import org.ozvo.loaders.spi.LoaderException;

/**
 * Maps a native WiggleZ spectrum to ObsCore values (survey-formats.md section 6). The layout
 * is not known to carry observation times, so times are filled only when standard keywords
 * are present ({@link HeaderTimes}); none is guessed from OBS_ID.
 */
final class WigglezMapper {

    SpectrumMetadata map(Keywords k, String collection, String obsId) throws LoaderException {
        SpectrumMetadata m = new SpectrumMetadata(SurveyInfo.WIGGLEZ, collection, obsId, Subtypes.SINGLE, 2);
        String target = k.firstString("OBJECT", "NAME").orElse(obsId);
        m.target(target, null);
        OptionalDouble ra = k.firstNumber("RA_OBJ", "RA");
        OptionalDouble dec = k.firstNumber("DEC_OBJ", "DEC");
        if (ra.isEmpty() || dec.isEmpty()) {
            throw new LoaderException(k.where() + ": no target position (RA_OBJ/DEC_OBJ or RA/DEC)");
        }
        if (ra.getAsDouble() < 0 || ra.getAsDouble() >= 360 || Math.abs(dec.getAsDouble()) > 90) {
            throw new LoaderException(k.where() + ": position (" + ra.getAsDouble() + ", " + dec.getAsDouble()
                + ") is not in degrees");
        }
        m.position(ra.getAsDouble(), dec.getAsDouble());
        OptionalInt q = firstInt(k, "QOP", "Q", "NQ");
        m.redshift(Redshifts.valid(k.firstNumber("Z", "REDSHIFT")), q.isPresent() ? q.getAsInt() : null);
        m.time(HeaderTimes.from(k));
        k.string("DATE").ifPresent(d -> {
            try {
                m.creationDate(ObsTimes.dateTime(d).toInstant(ZoneOffset.UTC));
            } catch (IllegalArgumentException e) {
                // a malformed file-creation date loses only obs_creation_date
            }
        });
        String obs = k.string("OBS_ID").map(o -> ", observation " + o).orElse("");
        m.title("WiggleZ spectrum of " + target + obs);
        return m;
    }

    private static OptionalInt firstInt(Keywords k, String... keys) {
        for (String key : keys) {
            OptionalInt v = k.integer(key);
            if (v.isPresent()) {
                return v;
            }
        }
        return OptionalInt.empty();
    }
}
