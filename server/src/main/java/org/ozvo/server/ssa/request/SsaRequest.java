package org.ozvo.server.ssa.request;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ozvo.dali.value.Circle;
import org.ozvo.dali.value.Interval;

/**
 * A validated SSA queryData request. Lists are OR-ed alternatives (empty = no constraint);
 * absent optionals constrain nothing. Immutable.
 *
 * @param format         what FORMAT asked for
 * @param cone           POS with SIZE (diameter) as a circle of radius SIZE/2
 * @param bands          observed-frame spectral ranges, metres
 * @param restBands      rest-frame spectral ranges, metres (BANDREST, or BAND with ;source)
 * @param times          observation time periods
 * @param maxrec         effective row limit, already lowered to the hard limit
 * @param maxrecLowered  true if the client asked for more than the hard limit
 * @param top            TOP, if given
 * @param targetName     TARGETNAME
 * @param targetClasses  TARGETCLASS items
 * @param collections    COLLECTION items as given
 * @param subtypes       DPSUBTYPE items
 * @param redshifts      REDSHIFT ranges
 * @param minResolvingPower SPECRP
 * @param maxSpatialResolutionDeg SPATRES
 * @param maxTimeResolutionSec TIMERES
 * @param minSnr         SNR
 * @param publisherDid   PUBDID
 * @param creatorDid     CREATORDID
 * @param modified       MTIME periods
 * @param runId          RUNID
 */
public record SsaRequest(SsaFormat.Choice format, Optional<Circle> cone, List<Interval> bands,
                         List<Interval> restBands, List<IsoTimes.Period> times, int maxrec, boolean maxrecLowered,
                         OptionalInt top, Optional<String> targetName, List<String> targetClasses,
                         List<String> collections, List<String> subtypes, List<Interval> redshifts,
                         OptionalDouble minResolvingPower, OptionalDouble maxSpatialResolutionDeg,
                         OptionalDouble maxTimeResolutionSec, OptionalDouble minSnr, Optional<String> publisherDid,
                         Optional<String> creatorDid, List<IsoTimes.Period> modified, Optional<String> runId) {

    /** True for FORMAT=METADATA. */
    public boolean metadataOnly() {
        return format == SsaFormat.Choice.METADATA;
    }
}
