package org.ozvo.loaders.fits;

import static org.ozvo.schema.obscore.ObsCoreColumn.BAND_NAME;
import static org.ozvo.schema.obscore.ObsCoreColumn.FACILITY_NAME;
import static org.ozvo.schema.obscore.ObsCoreColumn.INSTRUMENT_NAME;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_COLLECTION;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_ID;
import static org.ozvo.schema.obscore.ObsCoreColumn.REDSHIFT;
import static org.ozvo.schema.obscore.ObsCoreColumn.S_DEC;
import static org.ozvo.schema.obscore.ObsCoreColumn.S_FOV;
import static org.ozvo.schema.obscore.ObsCoreColumn.S_RA;
import static org.ozvo.schema.obscore.ObsCoreColumn.S_SEEING;
import static org.ozvo.schema.obscore.ObsCoreColumn.TARGET_NAME;
import static org.ozvo.schema.obscore.ObsCoreColumn.T_EXPTIME;
import static org.ozvo.schema.obscore.ObsCoreColumn.T_MAX;
import static org.ozvo.schema.obscore.ObsCoreColumn.T_MIDPOINT;
import static org.ozvo.schema.obscore.ObsCoreColumn.T_MIN;
import static org.ozvo.schema.obscore.ObsCoreColumn.T_XEL;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.ozvo.loaders.model.LinearAxis;
import org.ozvo.loaders.model.Medium;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.model.RawSpectrum;
import org.ozvo.loaders.model.Resampler;
import org.ozvo.loaders.model.SpectralFrame;
import org.ozvo.loaders.obscore.ObsCoreValues;
import org.ozvo.loaders.obscore.ObsTimes;

/**
 * Writes the archive's simplified 1-D spectrum: the flux as float32 in the primary HDU on a
 * linear wavelength WCS in Angstrom (masked pixels NaN), the archive keywords of
 * survey-formats.md section 7 with units in their comments, provenance in COMMENT and HISTORY
 * cards, and, when the survey gives one, a {@code VARIANCE} image extension on the same grid.
 * Every HDU carries CHECKSUM/DATASUM. A client that reads only the primary gets the spectrum.
 *
 * <p>A spectrum on a non-linear axis is resampled onto a linear one first, and the HISTORY
 * says so. Thread-safe.
 */
public final class SimplifiedFitsWriter {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final Clock clock;

    public SimplifiedFitsWriter() {
        this(Clock.systemUTC());
    }

    /** @param clock gives the generation time written to DATE and HISTORY */
    public SimplifiedFitsWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes the file. Does not close {@code out}.
     *
     * @param spectrum the published spectrum (already trimmed)
     * @param meta     the product's ObsCore values, source of the archive keywords
     */
    public void write(RawSpectrum spectrum, ObsCoreValues meta, Provenance provenance, OutputStream out)
        throws IOException {
        boolean resampled = !spectrum.axis().isLinear();
        RawSpectrum s = Resampler.toLinear(spectrum);
        LinearAxis axis = (LinearAxis) s.axis();
        int n = axis.length();
        HeaderBlock primary = HeaderBlock.primary(SimpleCard.comment(clock), n);
        CardWriter c = new CardWriter(primary);
        writeWcs(c, axis, s.frame());
        c.string("BUNIT", s.unit().toFits(), "flux unit (A in unit strings is Angstrom)");
        writeArchiveKeywords(c, meta, axis);
        writeProvenance(c, provenance, axis.medium(), resampled);
        Checksums.Hdu flux = new Checksums.Hdu(primary, ImageBytes.of(ImageBytes.toFloat(s.flux())));
        if (!s.hasVariance()) {
            Checksums.write(out, flux);
            return;
        }
        HeaderBlock var = HeaderBlock.imageExtension(n);
        CardWriter v = new CardWriter(var);
        v.string("EXTNAME", "VARIANCE", "variance of the primary flux");
        writeWcs(v, axis, s.frame());
        v.string("BUNIT", s.unit().squared().toFits(), "unit of the variance");
        Checksums.write(out, flux, new Checksums.Hdu(var, ImageBytes.of(ImageBytes.toFloat(s.variance()))));
    }

    private static void writeWcs(CardWriter c, LinearAxis axis, SpectralFrame frame) {
        c.number("WCSAXES", 1, "one wavelength axis")
            .string("CTYPE1", axis.medium().fitsCtype(), axis.medium() == Medium.AIR ? "air wavelength" : "vacuum wavelength")
            .string("CUNIT1", "Angstrom", "wavelength unit")
            .number("CRPIX1", 1.0, "reference pixel")
            .number("CRVAL1", axis.start(), "[Angstrom] wavelength of the reference pixel")
            .number("CDELT1", axis.step(), "[Angstrom] wavelength step per pixel")
            .string("SPECSYS", frame.name(), frame == SpectralFrame.TOPOCENT
                ? "wavelengths as observed at the telescope" : "wavelengths corrected to the Sun");
    }

    private void writeArchiveKeywords(CardWriter c, ObsCoreValues m, LinearAxis axis) {
        Double z = m.getDouble(REDSHIFT);
        double wmin = axis.wavelength(0);
        double wmax = axis.wavelength(axis.length() - 1);
        double wmid = (wmin + wmax) / 2;
        Double tmin = m.getDouble(T_MIN);
        c.string("OBJECT", m.getString(TARGET_NAME), "target name")
            .number("RA", m.getDouble(S_RA), "[deg] target right ascension, ICRS")
            .number("DEC", m.getDouble(S_DEC), "[deg] target declination, ICRS")
            .string("SURVEY", m.getString(OBS_COLLECTION), "archive collection (survey and release)")
            .string("OBS_ID", m.getString(OBS_ID), "observation id within the collection")
            .string("TELESCOP", m.getString(FACILITY_NAME), "telescope")
            .string("INSTRUME", m.getString(INSTRUMENT_NAME), "instrument")
            .number("Z", z, "redshift (heliocentric where the survey gives it)")
            .string("TIMESYS", "UTC", "time scale of the MJD keywords")
            .number("TMIN", tmin, "[d] MJD start of the first exposure")
            .number("TMAX", m.getDouble(T_MAX), "[d] MJD end of the last exposure")
            .number("TMID", m.getDouble(T_MIDPOINT), "[d] MJD midpoint of the observation")
            .number("EXPTIME", m.getDouble(T_EXPTIME), "[s] total exposure time")
            .number("TXEL", (Number) m.get(T_XEL), "number of exposures combined")
            .string("BAND", m.getString(BAND_NAME), "arm or band label")
            .number("SEEING", m.getDouble(S_SEEING), "[arcsec] seeing FWHM")
            .number("WMIN", wmin, "[Angstrom] first pixel wavelength")
            .number("WMAX", wmax, "[Angstrom] last pixel wavelength")
            .number("WMID", wmid, "[Angstrom] central wavelength")
            .number("WMINREST", z == null ? null : wmin / (1 + z), "[Angstrom] WMIN / (1 + Z)")
            .number("WMAXREST", z == null ? null : wmax / (1 + z), "[Angstrom] WMAX / (1 + Z)")
            .number("WMIDREST", z == null ? null : wmid / (1 + z), "[Angstrom] WMID / (1 + Z)")
            .number("FOV", m.getDouble(S_FOV) == null ? null : m.getDouble(S_FOV) * 3600,
                "[arcsec] fibre aperture diameter");
        if (tmin != null) {
            // DATE-OBS and MJD-OBS from the same value, so WCS readers have nothing to fix
            c.string("DATE-OBS", ObsTimes.toDateTime(tmin).format(ISO_MILLIS), "UTC start of the observation")
                .number("MJD-OBS", tmin, "[d] MJD start of the observation");
        }
    }

    private void writeProvenance(CardWriter c, Provenance p, Medium medium, boolean resampled) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        c.string("DATE", now.format(ISO), "UTC date this file was written");
        c.string("ORIGFILE", p.fileName(), "original survey file");
        c.string("ORIGPART", p.part(), "part of the original file");
        c.comment("Simplified 1D spectrum generated by the OzVO archive from the " + p.survey()
            + " file " + p.fileName() + ", " + p.part() + ".");
        c.comment("The original file is available for download from the archive (DataLink).");
        c.comment("Masked (bad) pixels are NaN; a VARIANCE extension follows when the survey gives errors.");
        c.history("Generated " + now.format(ISO) + " UTC by " + SoftwareVersion.describe() + ".");
        if (medium == Medium.AIR) {
            c.history("Wavelengths taken to be in air: the survey does not say (survey-formats.md section 1).");
        }
        if (resampled) {
            c.history("Resampled by linear interpolation from the original non-linear wavelength grid"
                + " onto a linear grid with the same number of pixels and end points.");
        }
        for (String note : p.notes()) {
            c.history(note);
        }
    }
}
