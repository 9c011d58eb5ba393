package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.astro.ObsTime;
import org.ozvo.sampledata.astro.Sexagesimal;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.Hdus;
import org.ozvo.sampledata.synth.ImageModel;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.Target;

/**
 * The five image HDUs that open a 6dFGS {@code all-*.fits} file: SuperCOSMOS bJ (primary,
 * with {@code EXTNAME} on the primary as in the release) and rF, int16 89×89 at 0.67″/px with
 * a TAN projection; 2MASS J, H, K float32 45×45 at 1″/px with a SIN projection. Each has a
 * valid celestial WCS centred on the target. The primary's {@code DATE-OBS}/{@code MJD-OBS}
 * and {@code TELESCOP='UKST'} describe the 1970s–90s Schmidt plate, not the spectrum (the
 * trap of survey-formats.md §3). The plate keywords {@code XPIXELSZ}/{@code YPIXELSZ} of the
 * genuine files are left out: together with {@code PLTSCALE} they make astropy treat the
 * header as a DSS plate solution and fail.
 */
final class SixDfgsThumbnails {

    private static final double SSS_SCALE = 1.8646e-4;
    private static final double TWOMASS_SCALE = 2.777777845e-4;

    private SixDfgsThumbnails() {
    }

    static List<ImageHDU> create(Target target, Rng rng) throws IOException {
        double bright = 4000 * StrictMath.pow(10, -0.4 * (target.magnitude() - 14));
        return List.of(
            superCosmos(target, "SSS Bj image", "IIIaJ", "GG395", LocalDate.of(1975, 1, 1), bright, rng),
            superCosmos(target, "SSS Rf image", "IIIaF", "OG590", LocalDate.of(1985, 1, 1), bright * 1.5, rng),
            twoMass(target, "J", bright, rng),
            twoMass(target, "H", bright, rng),
            twoMass(target, "K", bright, rng));
    }

    private static ImageHDU superCosmos(Target t, String extname, String emulsion, String filter, LocalDate from,
                                        double peak, Rng rng) throws IOException {
        double[][] img = ImageModel.field(89, 5200, 180, Math.min(peak, 15000), rng.uniform(3, 8), rng);
        ImageHDU hdu = Hdus.image(ImageModel.toShort(img, 3000, 32000));
        ObsTime plate = Nights.start(rng, from, from.plusYears(14));
        double rotation = rng.gaussian(0, 0.004);
        double scale = SSS_SCALE * rng.uniform(0.9995, 1.0005);
        Cards.of(hdu)
            .str("EXTNAME", extname, "")
            .str("PLATENUM", String.valueOf(rng.between(1000, 16000)), "Plate number")
            .str("EMULSION", emulsion, "Kodak emulsion type")
            .str("FILTER", filter, "Schott glass filter type")
            .str("FIELDNUM", String.valueOf(rng.between(1, 894)), "Sky survey field number")
            .num("EPOCH", plate.julianYear(), 3, "Epoch of observation")
            .str("DATE-OBS", plate.date('-'), "[yyyy-mm-dd] UT date of observation")
            .str("TELESCOP", "UKST", "Telescope on which the plate was taken")
            .str("TELETYPE", "SCHM", "Type of telescope")
            .num("MJD-OBS", plate.mjd(), 8, "Modified Julian Date of observation")
            .str("INSTRUME", "SuperCOSMOS I", "Measuring machine")
            .str("RADECSYS", "FK5", "Reference frame for RA/DEC in original file")
            .history("SuperCOSMOS image analysis and mapping mode (IAM and MM)")
            .num("CRVAL1", t.ra(), 10, "Axis 1 reference value")
            .num("CRPIX1", 45.0 + rng.uniform(-0.6, 0.6), 8, "Axis 1 pixel value")
            .str("CTYPE1", "RA---TAN", "Quantity represented by axis 1")
            .num("CRVAL2", t.dec(), 10, "Axis 2 reference value")
            .num("CRPIX2", 45.0 + rng.uniform(-0.6, 0.6), 8, "Axis 2 pixel value")
            .str("CTYPE2", "DEC--TAN", "Quantity represented by axis 2")
            .num("CD1_1", -scale * StrictMath.cos(rotation), 14, "Co-ordinate transformation matrix")
            .num("CD1_2", scale * StrictMath.sin(rotation), 14, "Co-ordinate transformation matrix")
            .num("CD2_1", scale * StrictMath.sin(rotation), 14, "Co-ordinate transformation matrix")
            .num("CD2_2", scale * StrictMath.cos(rotation), 14, "Co-ordinate transformation matrix")
            .num("EQUINOX", 2000.0, 1, "Julian reference frame equinox")
            .str("DATATYPE", "INTEGER*2", "Type of data")
            .str("DATUNITS", "DENSITY", "Units: transmission, density or intensity")
            .str("OBJCTRA", Sexagesimal.ra(t.ra(), 3, " "), "Centre Right Ascension (J2000)")
            .str("OBJCTDEC", Sexagesimal.dec(t.dec(), 2, " "), "Centre Declination (J2000)");
        return hdu;
    }

    private static ImageHDU twoMass(Target t, String band, double peak, Rng rng) throws IOException {
        double[][] img = ImageModel.field(45, 0.0, 0.6, Math.min(peak / 300, 35), rng.uniform(1.5, 4), rng);
        ImageHDU hdu = Hdus.image(ImageModel.toFloat(img));
        ObsTime frame = Nights.start(rng, LocalDate.of(1997, 6, 1), LocalDate.of(2001, 2, 15)).plusSeconds(-4 * 3600);
        Cards.of(hdu)
            .str("EXTNAME", "2MASS " + band + " image", "")
            .str("ORIGIN", "2MASS", "2MASS Survey Camera")
            .str("TELESCOP", "2MASS", "North=Mt.Hopkins,South=CTIO")
            .str("UTDATE", frame.yymmdd(), "UT Date of Frame (IC) (yymmdd)")
            .str("UT", frame.time(2), "Time of Frame (IC) (sxgsml)")
            .str("DATE-OBS", frame.isot(2), "Observation Ref Date")
            .num("EQUINOX", 2000.0, "Equinox")
            .str("CTYPE1", "RA---SIN", "Orthographic Projection")
            .str("CTYPE2", "DEC--SIN", "")
            .num("RA", t.ra(), 7, "RA  at Frame Center, J2000 (deg)")
            .num("DEC", t.dec(), 8, "Dec at Frame Center, J2000 (deg)")
            .num("CRVAL1", t.ra(), 7, "RA  at Frame Center, J2000 (deg)")
            .num("CRVAL2", t.dec(), 8, "Dec at Frame Center, J2000 (deg)")
            .num("CRPIX1", 23.0, "Axis 1 Reference Pixel")
            .num("CRPIX2", 23.0, "Axis 2 Reference Pixel")
            .num("CROTA2", rng.gaussian(0, 0.02), 11, "Image Twist  E of N, J2000 (deg)")
            .num("CDELT1", -TWOMASS_SCALE, 10, "Axis 1 Pixel Size (deg)")
            .num("CDELT2", TWOMASS_SCALE, 10, "Axis 2 Pixel Size (deg)");
        return hdu;
    }
}
