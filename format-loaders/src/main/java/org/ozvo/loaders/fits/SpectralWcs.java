package org.ozvo.loaders.fits;

import java.util.Locale;
import java.util.OptionalDouble;
import org.ozvo.loaders.model.LinearAxis;
import org.ozvo.loaders.model.Medium;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Reads the linear wavelength axis of a survey spectrum from its header. The surveys spell it
 * differently: the step is {@code CDELT1} or {@code CD1_1} (GAMA, MGC, 2QZ); the unit is
 * {@code Angstroms}, {@code Angstrom}, {@code angstrom} or absent (2dFGRS); the Liverpool
 * Telescope spectra in GAMA drop the axis digit ({@code CRVAL}, {@code CDELT}, ...).
 */
public final class SpectralWcs {

    private SpectralWcs() {
    }

    /**
     * The axis of {@code length} pixels described by {@code CRVAL1}, {@code CRPIX1} and
     * {@code CDELT1} (or {@code CD1_1}) in unit {@code CUNIT1}.
     *
     * @throws LoaderException naming the missing or unusable keyword
     */
    public static LinearAxis linear(Keywords k, int length, Medium medium) throws LoaderException {
        return linear(k, "1", length, medium);
    }

    /** As {@link #linear(Keywords, int, Medium)} for keywords without the axis digit ({@code CRVAL}...). */
    public static LinearAxis linearWithoutDigit(Keywords k, int length, Medium medium) throws LoaderException {
        return linear(k, "", length, medium);
    }

    private static LinearAxis linear(Keywords k, String axis, int length, Medium medium) throws LoaderException {
        double crval = k.requireNumber("CRVAL" + axis);
        double crpix = k.requireNumber("CRPIX" + axis);
        OptionalDouble step = k.number("CDELT" + axis);
        if (step.isEmpty() || step.getAsDouble() == 0) {
            step = k.number("CD" + (axis.isEmpty() ? "1" : axis) + "_" + (axis.isEmpty() ? "1" : axis));
        }
        if (step.isEmpty() || !(step.getAsDouble() > 0)) {
            throw new LoaderException(k.where() + ": no usable wavelength step (CDELT" + axis + " or CD1_1)");
        }
        double toAngstrom = angstromsPer(k.string("CUNIT" + axis).orElse("Angstrom"), k.where());
        try {
            return LinearAxis.fromWcs(crval * toAngstrom, crpix, step.getAsDouble() * toAngstrom, length, medium);
        } catch (IllegalArgumentException e) {
            throw new LoaderException(k.where() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Angstrom per unit of a wavelength unit spelling.
     *
     * @throws LoaderException for units that are not lengths
     */
    public static double angstromsPer(String unit, String where) throws LoaderException {
        return switch (unit.trim().toLowerCase(Locale.ROOT)) {
            case "angstrom", "angstroms", "a", "aa", "ang", "angs", "0.1 nm" -> 1.0;
            case "nm", "nanometer", "nanometers" -> 10.0;
            case "um", "micron", "microns" -> 1e4;
            case "m", "meter", "meters", "metre", "metres" -> 1e10;
            default -> throw new LoaderException(where + ": unknown wavelength unit '" + unit + "'");
        };
    }
}
