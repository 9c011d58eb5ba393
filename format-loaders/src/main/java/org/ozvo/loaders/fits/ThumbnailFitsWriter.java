package org.ozvo.loaders.fits;

import static org.ozvo.schema.obscore.ObsCoreColumn.BAND_NAME;
import static org.ozvo.schema.obscore.ObsCoreColumn.FACILITY_NAME;
import static org.ozvo.schema.obscore.ObsCoreColumn.INSTRUMENT_NAME;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_COLLECTION;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_ID;
import static org.ozvo.schema.obscore.ObsCoreColumn.TARGET_NAME;
import static org.ozvo.schema.obscore.ObsCoreColumn.T_EXPTIME;
import static org.ozvo.schema.obscore.ObsCoreColumn.T_MIN;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.ozvo.loaders.model.CelestialWcs;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.model.Thumbnail;
import org.ozvo.loaders.obscore.ObsCoreValues;
import org.ozvo.loaders.obscore.ObsTimes;

/**
 * Writes a survey thumbnail as a float32 FITS image with a clean celestial WCS (CD matrix,
 * RADESYS/EQUINOX, no deprecated PC00i00j/CROTA/CDELT leftovers that make WCS readers warn)
 * and CHECKSUM/DATASUM. Thread-safe.
 */
public final class ThumbnailFitsWriter {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final Clock clock;

    public ThumbnailFitsWriter() {
        this(Clock.systemUTC());
    }

    public ThumbnailFitsWriter(Clock clock) {
        this.clock = clock;
    }

    /** Writes the image; does not close {@code out}. */
    public void write(Thumbnail image, ObsCoreValues meta, Provenance provenance, OutputStream out) throws IOException {
        HeaderBlock header = HeaderBlock.primary(SimpleCard.comment(clock), image.naxis1(), image.naxis2());
        CardWriter c = new CardWriter(header);
        CelestialWcs w = image.wcs();
        String proj = w.projection();
        c.number("WCSAXES", 2, "two celestial axes")
            .string("CTYPE1", "RA---" + proj, "right ascension, " + proj + " projection")
            .string("CTYPE2", "DEC--" + proj, "declination, " + proj + " projection")
            .string("CUNIT1", "deg", "unit of axis 1")
            .string("CUNIT2", "deg", "unit of axis 2")
            .number("CRPIX1", w.crpix1(), "reference pixel, axis 1")
            .number("CRPIX2", w.crpix2(), "reference pixel, axis 2")
            .number("CRVAL1", w.crval1(), "[deg] right ascension of the reference pixel")
            .number("CRVAL2", w.crval2(), "[deg] declination of the reference pixel")
            .number("CD1_1", w.cd11(), "[deg] transformation matrix")
            .number("CD1_2", w.cd12(), "[deg] transformation matrix")
            .number("CD2_1", w.cd21(), "[deg] transformation matrix")
            .number("CD2_2", w.cd22(), "[deg] transformation matrix")
            .string("RADESYS", "FK5", "reference frame (J2000; equal to ICRS within 0.1 arcsec)")
            .number("EQUINOX", 2000.0, "[yr] equinox of the frame");
        Double tmin = meta.getDouble(T_MIN);
        if (tmin != null) {
            c.string("TIMESYS", "UTC", "time scale")
                .string("DATE-OBS", ObsTimes.toDateTime(tmin).format(ISO_MILLIS), "UTC start of the exposure")
                .number("MJD-OBS", tmin, "[d] MJD start of the exposure");
        }
        c.number("EXPTIME", meta.getDouble(T_EXPTIME), "[s] exposure time")
            .string("OBJECT", meta.getString(TARGET_NAME), "target of the survey spectrum")
            .string("TELESCOP", meta.getString(FACILITY_NAME), "telescope")
            .string("INSTRUME", meta.getString(INSTRUMENT_NAME), "instrument or measuring machine")
            .string("BAND", meta.getString(BAND_NAME), "photometric band")
            .string("SURVEY", meta.getString(OBS_COLLECTION), "archive collection")
            .string("OBS_ID", meta.getString(OBS_ID), "observation id within the collection");
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        c.string("DATE", now.format(ISO), "UTC date this file was written")
            .string("ORIGFILE", provenance.fileName(), "original survey file")
            .string("ORIGPART", provenance.part(), "part of the original file")
            .comment("Thumbnail image extracted by the OzVO archive from the " + provenance.survey() + " file "
                + provenance.fileName() + ", " + provenance.part() + ".")
            .comment("The original file is available for download from the archive (DataLink).")
            .history("Generated " + now.format(ISO) + " UTC by " + SoftwareVersion.describe()
                + "; WCS rewritten as a CD matrix, pixel values scaled to physical values.");
        for (String note : provenance.notes()) {
            c.history(note);
        }
        Checksums.write(out, new Checksums.Hdu(header, ImageBytes.of(image.pixels())));
    }
}
