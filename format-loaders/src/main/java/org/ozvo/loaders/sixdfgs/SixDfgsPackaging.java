package org.ozvo.loaders.sixdfgs;

import java.util.List;
import java.util.Optional;
import org.ozvo.loaders.fits.HeaderScan;
import org.ozvo.loaders.fits.Keywords;

/**
 * The three ways 6dFGS spectra are packaged, and how each is recognised (the rules of
 * specutils' 6dFGS-combined, -split and -tabular readers, made robust to truncation).
 */
enum SixDfgsPackaging {
    /** Thumbnails in HDUs 0-4, then SPECTRUM V, SPECTRUM R, SPECTRUM VR per observation. */
    COMBINED,
    /** A single V, R or VR image HDU with its original header. */
    SPLIT,
    /** Empty primary plus an ASCII table of WAVE and FLUX. */
    TABULAR;

    static final String DESCRIPTION = "6dFGS file: SPECTRUM V/R/VR extensions after five thumbnails,"
        + " or a single such spectrum (split), or an empty primary plus a WAVE/FLUX table (tabular),"
        + " each with OBSRA, OBSDEC, Z, Z_HELIO, QUALITY";

    /** Keywords every 6dFGS spectrum header carries. */
    static final List<String> SPECTRUM_KEYWORDS = List.of("OBSRA", "OBSDEC", "Z", "Z_HELIO", "QUALITY");

    static boolean hasSpectrumKeywords(Keywords k) {
        return SPECTRUM_KEYWORDS.stream().allMatch(k::has);
    }

    static Optional<SixDfgsPackaging> detect(HeaderScan scan) {
        if (!scan.isFits()) {
            return Optional.empty();
        }
        Keywords primary = scan.keywords(0);
        if (primary.has("GAMANAME")) {
            return Optional.empty(); // GAMA's copy of a split spectrum: a GAMA product
        }
        int naxis = primary.integer("NAXIS").orElse(0);
        if (scan.size() == 2 && naxis == 0 && hasSpectrumKeywords(primary)) {
            String xt = scan.keywords(1).string("XTENSION").orElse("");
            if (xt.equals("TABLE") || xt.equals("BINTABLE")) {
                return Optional.of(TABULAR);
            }
        }
        if (scan.size() == 1 && naxis == 2 && hasSpectrumKeywords(primary)) {
            int rows = primary.integer("NAXIS2").orElse(0);
            if (rows == 3 || rows == 4) {
                return Optional.of(SPLIT);
            }
        }
        for (int i = 5; i < scan.size(); i++) {
            Keywords k = scan.keywords(i);
            if (SixDfgsBand.ofExtName(k.string("EXTNAME").orElse("")).isPresent() && hasSpectrumKeywords(k)) {
                return Optional.of(COMBINED);
            }
        }
        return Optional.empty();
    }
}
