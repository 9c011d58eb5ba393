package org.ozvo.loaders.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ozvo.loaders.testing.Python;

class FluxUnitTest {

    /** Survey spelling and what it means, written so that astropy reads it unambiguously. */
    private static final String[][] SPELLINGS = {
        {"1e-16 erg / (A cm2 s)", "1e-16 erg / (Angstrom cm2 s)"},   // WiggleZ: A is Angstrom
        {"10^-17 erg/s/cm^2/A", "1e-17 erg / (Angstrom cm2 s)"},     // GAMA row 1 comment
        {"1E-17 erg/cm/s/Ang", "1e-17 erg / (Angstrom cm2 s)"},      // SDSS spSpec BUNIT: per cm2 is meant
        {"count / Angstrom", "count / Angstrom"},                    // OzDES
        {"counts/s", "count / s"},                                   // 6dFGS tabular TUNIT
        {"count", "count"},
        {"count^2 / Angstrom^2", "count2 / Angstrom2"},
        {"1e-17 erg s-1 cm-2 AA-1", "1e-17 erg / (Angstrom cm2 s)"}};

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "1e-16 erg / (A cm2 s)  ; 10**(-16) erg/(s cm2 Angstrom)",
        "10^-17 erg/s/cm^2/A    ; 10**(-17) erg/(s cm2 Angstrom)",
        "1E-17 erg/cm/s/Ang     ; 10**(-17) erg/(s cm2 Angstrom)",
        "count / Angstrom       ; count/Angstrom",
        "counts/s               ; count/s",
        "count^2 / Angstrom     ; count2/Angstrom"})
    void writesOneCanonicalSpelling(String survey, String fits) {
        assertEquals(fits, FluxUnit.parse(survey).toFits());
    }

    @Test
    void astropyReadsWhatWeWriteAsWhatTheSurveyMeant() {
        List<String> args = new ArrayList<>(List.of("units"));
        List<String> expected = new ArrayList<>();
        for (String[] s : SPELLINGS) {
            FluxUnit unit = FluxUnit.parse(s[0]);
            args.add(unit.toFits() + "|" + s[1]);
            args.add(unit.squared().toFits() + "|(" + s[1] + ")**2");
            expected.add("UNIT ok " + unit.toFits());
            expected.add("UNIT ok " + unit.squared().toFits());
        }
        Python.assumeAvailable();
        assertEquals(expected, Python.run("astropy_reference.py", args));
    }

    @Test
    void angstromIsNeverAmpere() {
        FluxUnit u = FluxUnit.parse("1e-16 erg / (A cm2 s)");
        assertEquals("10**(-16) erg/(s cm2 Angstrom)", u.toFits());
        assertTrue(u.isCalibrated());
        assertEquals("phot.flux.density;em.wl", u.observableUcd());
    }

    @Test
    void countsAreNotCalibrated() {
        assertFalse(FluxUnit.COUNT_PER_ANGSTROM.isCalibrated());
        assertEquals("phot.count", FluxUnit.COUNT_PER_SECOND.observableUcd());
        assertEquals("count2/Angstrom2", FluxUnit.COUNT_PER_ANGSTROM.squared().toFits());
        assertEquals("10**(-34) erg2/(s2 cm4 Angstrom2)", FluxUnit.parse("1e-17 erg/(s cm2 A)").squared().toFits());
    }

    @Test
    void rejectsWhatItCannotUnderstand() {
        List<String> bad = new ArrayList<>(List.of("furlongs/fortnight", "2.5e-17 erg/s", "erg/(s cm2", "erg//s"));
        for (String s : bad) {
            assertThrows(IllegalArgumentException.class, () -> FluxUnit.parse(s), s);
        }
    }
}
