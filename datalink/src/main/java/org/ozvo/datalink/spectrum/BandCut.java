package org.ozvo.datalink.spectrum;

import java.util.Optional;
import org.ozvo.dali.value.Interval;
import org.ozvo.loaders.obscore.AirVacuum;

/**
 * The pixels a SODA BAND keeps (SODA 1.0 section 3.3.3): BAND is an interval of vacuum
 * wavelength in metres; a pixel is kept when its wavelength lies inside, bounds included.
 * Files on an air-wavelength axis are compared after converting the bounds to air, so the
 * cut matches the vacuum em_min/em_max the archive publishes. Stateless.
 */
public final class BandCut {

    private static final double ANGSTROM_PER_METRE = 1e10;

    /**
     * Pixels {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param from first pixel kept
     * @param to   one past the last pixel kept
     */
    public record Pixels(int from, int to) {
        public int count() {
            return to - from;
        }
    }

    private BandCut() {
    }

    /**
     * The pixels of a spectrum inside a band.
     *
     * @return empty if no pixel lies inside (SODA: no data, HTTP 204)
     */
    public static Optional<Pixels> select(SpectrumFile s, Interval bandMetres) {
        double lo = bandMetres.hasLower() ? toFileWavelength(s, bandMetres.lo() * ANGSTROM_PER_METRE)
            : Double.NEGATIVE_INFINITY;
        double hi = bandMetres.hasUpper() ? toFileWavelength(s, bandMetres.hi() * ANGSTROM_PER_METRE)
            : Double.POSITIVE_INFINITY;
        double w0 = s.wavelength(0);
        double step = s.step();
        long from = Double.isInfinite(lo) ? 0 : (long) Math.ceil((lo - w0) / step - 1e-9);
        long last = Double.isInfinite(hi) ? s.length() - 1L : (long) Math.floor((hi - w0) / step + 1e-9);
        from = Math.max(from, 0);
        last = Math.min(last, s.length() - 1L);
        if (from > last) {
            return Optional.empty();
        }
        return Optional.of(new Pixels((int) from, (int) last + 1));
    }

    private static double toFileWavelength(SpectrumFile s, double vacuumAngstrom) {
        return s.airWavelengths() ? vacuumToAir(vacuumAngstrom) : vacuumAngstrom;
    }

    /** Inverse of {@link AirVacuum#airToVacuum}, by fixed-point iteration (converges in 3 steps). */
    static double vacuumToAir(double vacuum) {
        double air = vacuum;
        for (int i = 0; i < 4; i++) {
            air -= AirVacuum.airToVacuum(air) - vacuum;
        }
        return air;
    }
}
