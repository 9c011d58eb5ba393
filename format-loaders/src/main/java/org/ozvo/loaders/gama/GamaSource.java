package org.ozvo.loaders.gama;

import java.util.Locale;
import java.util.Optional;
import org.ozvo.loaders.fits.Keywords;

/**
 * Who took a spectrum found in GAMA's release, with the instrument facts ObsCore needs. The
 * {@code SURVEY} keyword GAMA appends names it; GAMA's own files have {@code ORIGIN='GAMA'}
 * instead, and Liverpool Telescope ones {@code ORIGIN='Liverpool JMU'}.
 */
enum GamaSource {
    GAMA("GAMA", "AAT", "2dF-AAOmega", 2.1, 1361.0, "GAMA Team"),
    TWODFGRS("2dFGRS", "AAT", "2dF", 2.1, 644.0, "2dFGRS Team"),
    MGC("MGC", "AAT", "2dF", 2.1, null, "MGC Team"),
    TWOQZ("2QZ", "AAT", "2dF", 2.1, null, "2QZ Team"),
    TWOSLAQ_QSO("2SLAQ-QSO", "AAT", "2dF", 2.1, null, "2SLAQ Team"),
    /** FRODOSpec's integral-field unit covers 9.84 arcsec; GAMA's spectra are extracted from it. */
    LT("LT", "Liverpool Telescope", "FRODOSpec", 9.84, null, "GAMA Team"),
    /** SDSS-I/II spectrograph: 3 arcsec fibres, R about 1800-2000. */
    SDSS("SDSS", "SDSS 2.5m", "SDSS spectrograph", 3.0, 2000.0, "SDSS Collaboration"),
    WIGGLEZ("WiggleZ", "AAT", "2dF-AAOmega", 2.1, 1300.0, "WiggleZ Team"),
    /** The 6dFGS "split" variant: one V, R or VR spectrum. */
    SIXDFGS("6dFGS", "UKST", "6dF", 6.7, 1000.0, "6dFGS Team");

    private final String survey;
    private final String facility;
    private final String instrument;
    private final Double fibreArcsec;
    private final Double resolvingPower;
    private final String creator;

    GamaSource(String survey, String facility, String instrument, Double fibreArcsec, Double resolvingPower,
               String creator) {
        this.survey = survey;
        this.facility = facility;
        this.instrument = instrument;
        this.fibreArcsec = fibreArcsec;
        this.resolvingPower = resolvingPower;
        this.creator = creator;
    }

    String survey() {
        return survey;
    }

    String facility() {
        return facility;
    }

    String instrument() {
        return instrument;
    }

    /** Aperture diameter (fibre, or the LT integral-field unit's field), arcsec. */
    Double fibreArcsec() {
        return fibreArcsec;
    }

    Double resolvingPower() {
        return resolvingPower;
    }

    String creator() {
        return creator;
    }

    /**
     * The source named by a GAMA file's primary header.
     *
     * @return empty if the header does not say, or names a survey whose layout is unknown
     */
    static Optional<GamaSource> of(Keywords primary) {
        Optional<String> survey = primary.string("SURVEY");
        if (survey.isPresent()) {
            String s = survey.get().toUpperCase(Locale.ROOT);
            for (GamaSource g : values()) {
                if (g.survey.toUpperCase(Locale.ROOT).equals(s)) {
                    return Optional.of(g);
                }
            }
            return Optional.empty();
        }
        String origin = primary.string("ORIGIN").orElse("");
        if (origin.toUpperCase(Locale.ROOT).contains("GAMA")) {
            return Optional.of(GAMA);
        }
        if (origin.contains("Liverpool")) {
            return Optional.of(LT);
        }
        return Optional.empty();
    }
}
