package org.ozvo.loaders.obscore;

import static org.ozvo.schema.obscore.ObsCoreColumn.*;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.ozvo.loaders.model.RawSpectrum;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * Collects what a survey mapper knows about one spectrum and derives the rest of the ObsCore
 * values from the spectrum itself (spectral coverage from unmasked pixels, rest frame, pixel
 * count, S/N). Not thread-safe; one instance per product.
 *
 * <p>Conventions (same for every survey):
 * <ul>
 * <li>em_min/em_max are the first/last unmasked pixel, converted to vacuum wavelengths in
 * metres as ObsCore requires when the file is in air; em_midpoint is their mean, and the
 * {@code _rest} variants divide by (1 + redshift) when a redshift is known.</li>
 * <li>s_xel1 = s_xel2 = -1: a fibre integrates the light of its aperture, so the spatial axis
 * is not sampled at all; ObsCore uses -1 for axes without pixels (and our column description
 * says so), whereas 1 would claim a one-pixel image. pol_xel = -1 likewise.</li>
 * <li>em_snr is the survey's own value when it gives one, else the median flux/sigma.</li>
 * </ul>
 */
public final class SpectrumMetadata {

    private final Map<ObsCoreColumn, Object> v = new EnumMap<>(ObsCoreColumn.class);
    private Double redshift;
    private Double snr;
    private TimeSpan time = TimeSpan.UNKNOWN;

    /**
     * @param collection the ObsCore collection (the source file's override or the survey's default)
     * @param obsId      stable id, unique within the collection
     * @param subtype    one of {@link Subtypes}
     * @param calibLevel ObsCore calibration level
     */
    public SpectrumMetadata(SurveyInfo survey, String collection, String obsId, String subtype, int calibLevel) {
        v.put(DATAPRODUCT_TYPE, "spectrum");
        v.put(DATAPRODUCT_SUBTYPE, subtype);
        v.put(CALIB_LEVEL, calibLevel);
        v.put(OBS_COLLECTION, collection);
        v.put(OBS_ID, obsId);
        v.put(FACILITY_NAME, survey.facility());
        v.put(INSTRUMENT_NAME, survey.instrument());
        v.put(S_FOV, survey.fovDegrees());
        v.put(EM_RES_POWER, survey.resolvingPower());
        v.put(OBS_CREATOR_NAME, survey.creator());
        v.put(BIB_REFERENCE, survey.bibcode());
        v.put(FULL_DATA_FORMAT, "application/fits");
        v.put(EM_UCD, "em.wl");
        v.put(EM_UNIT, "Angstrom");
        v.put(S_XEL1, -1L);
        v.put(S_XEL2, -1L);
        v.put(POL_XEL, -1L);
    }

    public SpectrumMetadata target(String name, String targetClass) {
        v.put(TARGET_NAME, name);
        v.put(TARGET_CLASS, targetClass);
        return this;
    }

    /** ICRS position, degrees. */
    public SpectrumMetadata position(double ra, double dec) {
        v.put(S_RA, ra);
        v.put(S_DEC, dec);
        return this;
    }

    /**
     * @param z       a valid redshift or null (see {@link Redshifts#valid})
     * @param quality the survey's quality flag, or null
     */
    public SpectrumMetadata redshift(Double z, Integer quality) {
        this.redshift = z;
        v.put(REDSHIFT, z);
        v.put(REDSHIFT_QUALITY, quality);
        return this;
    }

    public SpectrumMetadata time(TimeSpan span) {
        this.time = span;
        return this;
    }

    public SpectrumMetadata band(String band) {
        v.put(BAND_NAME, band);
        return this;
    }

    /** Seeing FWHM in arcsec, also used as the spatial resolution. */
    public SpectrumMetadata seeing(Double arcsec) {
        v.put(S_SEEING, arcsec);
        v.put(S_RESOLUTION, arcsec);
        return this;
    }

    /** The survey's own S/N estimate; without one the median flux/sigma is used. */
    public SpectrumMetadata snr(Double value) {
        this.snr = value;
        return this;
    }

    public SpectrumMetadata title(String title) {
        v.put(OBS_TITLE, title);
        return this;
    }

    public SpectrumMetadata creationDate(Instant date) {
        v.put(OBS_CREATION_DATE, date);
        return this;
    }

    /** Overrides the survey's resolving power (e.g. a different instrument). */
    public SpectrumMetadata resolvingPower(Double r) {
        v.put(EM_RES_POWER, r);
        return this;
    }

    /** Overrides facility and instrument. */
    public SpectrumMetadata instrument(String facility, String instrument) {
        v.put(FACILITY_NAME, facility);
        v.put(INSTRUMENT_NAME, instrument);
        return this;
    }

    /** Overrides the survey team as obs_creator_name (who took a redistributed spectrum). */
    public SpectrumMetadata creator(String name) {
        v.put(OBS_CREATOR_NAME, name);
        return this;
    }

    /** Overrides the survey's fibre aperture (diameter, arcsec); null when unknown. */
    public SpectrumMetadata aperture(Double arcsec) {
        v.put(S_FOV, arcsec == null ? null : arcsec / 3600.0);
        return this;
    }

    public SpectrumMetadata timeResolution(Double seconds) {
        v.put(T_RESOLUTION, seconds);
        return this;
    }

    /**
     * Completes the values from the spectrum as it will be published (already trimmed).
     *
     * @throws IllegalArgumentException if every pixel is masked
     */
    public ObsCoreValues complete(RawSpectrum spectrum) {
        int first = spectrum.firstValid();
        if (first < 0) {
            throw new IllegalArgumentException("every pixel is masked");
        }
        int last = spectrum.lastValid();
        boolean air = spectrum.axis().medium() == org.ozvo.loaders.model.Medium.AIR;
        double lo = metres(spectrum.axis().wavelength(first), air);
        double hi = metres(spectrum.axis().wavelength(last), air);
        Map<ObsCoreColumn, Object> out = new EnumMap<>(v);
        out.put(EM_MIN, lo);
        out.put(EM_MAX, hi);
        out.put(EM_MIDPOINT, (lo + hi) / 2);
        if (redshift != null) {
            double f = 1 + redshift;
            out.put(EM_MIN_REST, lo / f);
            out.put(EM_MAX_REST, hi / f);
            out.put(EM_MIDPOINT_REST, (lo + hi) / 2 / f);
        }
        out.put(EM_XEL, (long) spectrum.length());
        out.put(O_UCD, spectrum.unit().observableUcd());
        Double s = snr != null ? snr : finite(spectrum.medianSnr());
        out.put(EM_SNR, s);
        out.put(T_MIN, time.start());
        out.put(T_MAX, time.end());
        out.put(T_MIDPOINT, time.midpoint());
        out.put(T_EXPTIME, time.exposure());
        out.put(T_XEL, time.count() == null ? null : time.count().longValue());
        out.values().removeIf(java.util.Objects::isNull);
        return new ObsCoreValues(out);
    }

    private static double metres(double angstrom, boolean air) {
        return (air ? AirVacuum.airToVacuum(angstrom) : angstrom) * 1e-10;
    }

    private static Double finite(double d) {
        return Double.isFinite(d) ? d : null;
    }
}
