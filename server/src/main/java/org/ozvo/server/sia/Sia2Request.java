package org.ozvo.server.sia;

import java.util.List;
import org.ozvo.dali.value.Interval;
import org.ozvo.dali.value.MjdInterval;
import org.ozvo.dali.value.PolState;
import org.ozvo.dali.value.Shape;

/**
 * A parsed SIA 2.0 query (SIA 2.0 section 2.1): each list holds the values of one repeatable
 * parameter, OR-ed; different parameters are AND-ed; an empty list is no constraint.
 *
 * @param pos            POS regions (ICRS degrees)
 * @param band           BAND wavelength intervals (metres)
 * @param time           TIME intervals (MJD)
 * @param pol            POL states
 * @param fov            FOV intervals (degrees)
 * @param spatres        SPATRES intervals (arcsec)
 * @param exptime        EXPTIME intervals (seconds)
 * @param timeres        TIMERES intervals (seconds)
 * @param specrp         SPECRP intervals (dimensionless)
 * @param id             ID values (publisher DIDs, case-insensitive)
 * @param collection     COLLECTION values
 * @param facility       FACILITY values
 * @param instrument     INSTRUMENT values
 * @param dptype         DPTYPE values
 * @param calib          CALIB levels (0..4)
 * @param target         TARGET values
 * @param format         FORMAT values (MIME types)
 * @param maxrec         MAXREC, or null when not given
 * @param responseFormat RESPONSEFORMAT, or null for the default VOTable
 */
public record Sia2Request(List<Shape> pos, List<Interval> band, List<MjdInterval> time, List<PolState> pol,
                          List<Interval> fov, List<Interval> spatres, List<Interval> exptime, List<Interval> timeres,
                          List<Interval> specrp, List<String> id, List<String> collection, List<String> facility,
                          List<String> instrument, List<String> dptype, List<Integer> calib, List<String> target,
                          List<String> format, Integer maxrec, String responseFormat) {

    public Sia2Request {
        pos = List.copyOf(pos);
        band = List.copyOf(band);
        time = List.copyOf(time);
        pol = List.copyOf(pol);
        fov = List.copyOf(fov);
        spatres = List.copyOf(spatres);
        exptime = List.copyOf(exptime);
        timeres = List.copyOf(timeres);
        specrp = List.copyOf(specrp);
        id = List.copyOf(id);
        collection = List.copyOf(collection);
        facility = List.copyOf(facility);
        instrument = List.copyOf(instrument);
        dptype = List.copyOf(dptype);
        calib = List.copyOf(calib);
        target = List.copyOf(target);
        format = List.copyOf(format);
    }
}
