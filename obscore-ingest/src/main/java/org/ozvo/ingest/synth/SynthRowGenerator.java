package org.ozvo.ingest.synth;

import static org.ozvo.schema.obscore.ObsCoreColumn.*;

import java.time.Instant;
import java.util.SplittableRandom;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * Realistic metadata-only ObsCore rows: spectra of the five surveys' kinds, in their sky
 * fields, epochs and wavelength ranges, plus the 6dFGS image thumbnails (about a tenth of the
 * rows, the only ones with an s_region, as from the loaders), with the archive's DIDs and URLs
 * but no product file ({@code product_path} NULL). Row {@code i} depends only on the seed, the collection and
 * {@code i}, so the same rows can be generated again (e.g. to a file for a COPY comparison).
 * Thread-safe.
 *
 * <p>Rows come in pointings of {@link #ROWS_PER_POINTING}, as an ingest of real files writes
 * them: each survey file holds the few hundred targets of one telescope pointing, so the rows of
 * one field of view lie next to each other in the table. Each pointing has one survey and a
 * centre in one of its fields; its rows lie within the instrument's field of view around it.
 */
public final class SynthRowGenerator {

    private static final SurveyProfile[] PROFILES = SurveyProfile.values();
    private static final String[] CLASSES = {"galaxy", "galaxy", "galaxy", "galaxy", "QSO", "star"};
    /** Rows of one pointing (a 2dF/AAOmega configuration holds about 350 targets, 6dF about 150). */
    static final int ROWS_PER_POINTING = 250;
    /** Side of a thumbnail image, degrees. */
    private static final double THUMBNAIL_SIDE = 0.1;

    private final ArchiveLayout layout;
    private final String collection;
    private final long seed;
    private final Instant created;

    /**
     * @param created value of obs_creation_date and record_modified for every row
     */
    public SynthRowGenerator(ArchiveLayout layout, String collection, long seed, Instant created) {
        this.layout = layout;
        this.collection = collection;
        this.seed = seed;
        this.created = created;
    }

    /** obs_id of row {@code index}: fixed width so that the largest sorts last. */
    public static String obsId(long index) {
        return "S" + digits(index, 9);
    }

    /** Row number {@code index}. */
    public ObsCoreRecord row(long index) {
        long pointing = index / ROWS_PER_POINTING;
        SplittableRandom pointingRandom = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L - pointing - 1);
        SurveyProfile p = PROFILES[pointingRandom.nextInt(PROFILES.length)];
        double[] field = p.fields[pointingRandom.nextInt(p.fields.length)];
        double centreRa = uniform(pointingRandom, field[0], field[1]) % 360.0;
        // Uniform on the sphere within the Dec band.
        double centreDec = Math.toDegrees(Math.asin(uniform(pointingRandom,
            Math.sin(Math.toRadians(field[2])), Math.sin(Math.toRadians(field[3])))));

        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String obsId = obsId(index);
        String did = layout.publisherDid(collection, obsId);
        // Uniform within the field of view (a small disc: flat-sky offsets are close enough).
        double r = p.fieldOfViewRadiusDeg * Math.sqrt(random.nextDouble());
        double angle = 2 * Math.PI * random.nextDouble();
        double dec = Math.max(-90, Math.min(90, centreDec + r * Math.sin(angle)));
        double ra = wrap(centreRa + r * Math.cos(angle) / Math.max(Math.cos(Math.toRadians(centreDec)), 0.01));
        ra = round(ra, 1e7) % 360.0;
        dec = round(dec, 1e7);
        String target = p.targetPrefix + digits(random.nextInt(1_000_000), 6);
        ObsCoreRecord.Builder b = ObsCoreRecord.builder()
            .set(OBS_COLLECTION, collection)
            .set(OBS_ID, obsId)
            .set(OBS_PUBLISHER_DID, did)
            .set(ACCESS_URL, layout.accessUrl(did))
            .set(ACCESS_FORMAT, ArchiveLayout.DATALINK_MIME)
            .set(TARGET_NAME, target)
            .set(S_RA, ra)
            .set(S_DEC, dec)
            .set(OBS_CREATION_DATE, created)
            .set(OBS_RELEASE_DATE, created)
            .set(PUBLISHER_ID, layout.authority())
            .set(DATA_RIGHTS, "public")
            .set(EM_UCD, "em.wl")
            .set(FULL_DATA_URL, layout.originalUrl(did))
            .set(FULL_DATA_FORMAT, "application/fits")
            .set(RECORD_MODIFIED, created);
        // 6dFGS files also carry image thumbnails around each target.
        if (p == SurveyProfile.SIXDFGS && random.nextInt(2) == 0) {
            thumbnail(b, random, ra, dec, target);
        } else {
            spectrum(b, random, p, target);
        }
        return b.build();
    }

    /** A fibre spectrum: no s_region (as the loaders write it), s_xel -1 (not pixelated). */
    private static void spectrum(ObsCoreRecord.Builder b, SplittableRandom random, SurveyProfile p, String target) {
        double z = round(uniform(random, p.zMin, p.zMax), 1e5);
        double tMin = round(uniform(random, p.mjdFirst, p.mjdLast), 1e6);
        int epochs = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(4);
        double exposure = p.exposureSeconds * epochs;
        double tMax = round(tMin + (epochs == 1 ? exposure / 86400.0 : uniform(random, 1, 400)), 1e6);
        // Wavelengths in metres to 1e-14 m (0.0001 Angstrom).
        double emMin = round(p.emMinAngstrom * 1e-10 * uniform(random, 1.0, 1.02), 1e14);
        double emMax = round(p.emMaxAngstrom * 1e-10 * uniform(random, 0.98, 1.0), 1e14);
        double emMid = round((emMin + emMax) / 2, 1e14);
        double seeing = round(uniform(random, 1.0, 2.8), 1e2);
        b.set(DATAPRODUCT_TYPE, "spectrum")
            .set(DATAPRODUCT_SUBTYPE, epochs == 1 ? "single" : "combined")
            .set(CALIB_LEVEL, 2)
            .set(ACCESS_ESTSIZE, p.emXel * 3 * 4 / 1024 + 6)
            .set(S_FOV, p.apertureArcsec / 3600.0)
            .set(S_RESOLUTION, seeing)
            .set(S_SEEING, seeing)
            .set(S_XEL1, -1L)
            .set(S_XEL2, -1L)
            .set(T_MIN, tMin)
            .set(T_MAX, tMax)
            .set(T_MIDPOINT, (tMin + tMax) / 2)
            .set(T_EXPTIME, exposure)
            .set(T_RESOLUTION, p.exposureSeconds)
            .set(T_XEL, (long) epochs)
            .set(EM_MIN, emMin)
            .set(EM_MAX, emMax)
            .set(EM_MIDPOINT, emMid)
            .set(EM_RES_POWER, p.resolvingPower)
            .set(EM_XEL, p.emXel)
            .set(EM_UNIT, "Angstrom")
            .set(O_UCD, "phot.flux.density;em.wl")
            .set(POL_XEL, -1L)
            .set(FACILITY_NAME, p.facility)
            .set(INSTRUMENT_NAME, p.instrument)
            .set(OBS_TITLE, p.survey + " spectrum of " + target)
            .set(TARGET_CLASS, CLASSES[random.nextInt(CLASSES.length)])
            .set(OBS_CREATOR_NAME, p.survey + " team")
            .set(BIB_REFERENCE, p.bibcode)
            .set(REDSHIFT, z)
            .set(REDSHIFT_QUALITY, 1 + random.nextInt(5))
            .set(EM_MIN_REST, round(emMin / (1 + z), 1e14))
            .set(EM_MAX_REST, round(emMax / (1 + z), 1e14))
            .set(EM_MIDPOINT_REST, round(emMid / (1 + z), 1e14))
            .set(EM_SNR, round(Math.exp(uniform(random, 0, 4)), 1e2));
    }

    /** A plate-scan thumbnail around a target: an image with a square footprint. */
    private static void thumbnail(ObsCoreRecord.Builder b, SplittableRandom random, double ra, double dec,
                                  String target) {
        boolean blue = random.nextBoolean();
        double tMin = round(uniform(random, 41000, 50000), 1e6);
        double emMin = blue ? 3.95e-7 : 5.9e-7;
        double emMax = blue ? 5.4e-7 : 6.9e-7;
        double[] box = box(ra, dec, THUMBNAIL_SIDE / 2);
        b.set(DATAPRODUCT_TYPE, "image")
            .set(DATAPRODUCT_SUBTYPE, "thumbnail")
            .set(CALIB_LEVEL, 1)
            .set(ACCESS_ESTSIZE, 24L)
            .set(S_FOV, THUMBNAIL_SIDE * Math.sqrt(2))
            .set(S_REGION, box)
            .set(S_XEL1, 64L)
            .set(S_XEL2, 64L)
            .set(T_MIN, tMin)
            .set(T_MAX, tMin + 0.04)
            .set(T_EXPTIME, 3600.0)
            .set(EM_MIN, emMin)
            .set(EM_MAX, emMax)
            .set(EM_MIDPOINT, (emMin + emMax) / 2)
            .set(EM_XEL, -1L)
            .set(POL_XEL, -1L)
            .set(BAND_NAME, blue ? "bJ" : "rF")
            .set(FACILITY_NAME, "UKST")
            .set(INSTRUMENT_NAME, "SuperCOSMOS")
            .set(OBS_TITLE, "SuperCOSMOS " + (blue ? "bJ" : "rF") + " thumbnail around " + target)
            .set(OBS_CREATOR_NAME, "SuperCOSMOS Sky Survey")
            .set(BIB_REFERENCE, "2001MNRAS.326.1279H");
    }

    /** Zero-padded decimal of a non-negative number. */
    private static String digits(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** A square of half-side {@code half} degrees around a position (lon/lat pairs, degrees). */
    static double[] box(double ra, double dec, double half) {
        double dRa = half / Math.max(Math.cos(Math.toRadians(dec)), 0.01);
        double lo = Math.max(-89.9, dec - half);
        double hi = Math.min(89.9, dec + half);
        return new double[] {wrap(ra - dRa), lo, wrap(ra + dRa), lo, wrap(ra + dRa), hi, wrap(ra - dRa), hi};
    }

    private static double wrap(double lon) {
        return ((lon % 360) + 360) % 360;
    }

    /** Rounded to a catalogue's precision ({@code scale} = 1e7 keeps seven decimals). */
    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }

    private static double uniform(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }
}
