package org.ozvo.loaders.obscore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ozvo.loaders.model.SkyPolygons;
import org.ozvo.loaders.testing.Python;

/** FK4 to ICRS and air to vacuum against astropy/specutils, plus known values. */
class CoordinateReferenceTest {

    private static final double MAS = 1.0 / 3600 / 1000;

    @Test
    void twodfgrsFirstObjectLandsWhereTheReadmeSays() {
        // 000001.fits: OBSRA/OBSDEC radians, B1950; README: ICRS about (3.6126, -32.2702)
        double[] icrs = Fk4ToIcrs.convert(0.0520471727, -0.5680731586);
        assertEquals(3.6126, icrs[0], 1e-4);
        assertEquals(-32.2702, icrs[1], 1e-4);
        // and within MATCH_DR (1.7 arcsec) of the J2000 SuperCOSMOS position in the same header
        assertTrue(SkyPolygons.separation(icrs[0], icrs[1], 3.6127521, -32.2706135) * 3600 < 2.0);
    }

    @Test
    void fk4MatchesAstropyAcrossTheSky() {
        Python.assumeAvailable();
        double[][] radec = {{0.0520471727, -0.5680731586}, {0.0, 0.0}, {3.0, 0.5}, {5.5, -1.2}, {1.2, 1.4}};
        List<String> args = new ArrayList<>();
        for (double[] p : radec) {
            args.add(Double.toString(p[0]));
            args.add(Double.toString(p[1]));
        }
        List<String> out = Python.run("astropy_reference.py", prepend("fk4", args));
        assertEquals(radec.length, out.size());
        for (int i = 0; i < radec.length; i++) {
            String[] f = out.get(i).split(" ");
            double[] ours = Fk4ToIcrs.convert(radec[i][0], radec[i][1]);
            double sep = SkyPolygons.separation(ours[0], ours[1], Double.parseDouble(f[1]), Double.parseDouble(f[2]));
            assertTrue(sep < 50 * MAS, "position " + i + " differs from astropy by " + sep * 3600 + " arcsec");
        }
    }

    @Test
    void airToVacuumMatchesSpecutils() {
        assertEquals(6564.61, AirVacuum.airToVacuum(6562.80), 0.01); // H-alpha
        Python.assumeAvailable();
        double[] air = {3600, 4861.33, 6562.8, 8000, 9750};
        List<String> args = new ArrayList<>();
        for (double a : air) {
            args.add(Double.toString(a));
        }
        List<String> out = Python.run("astropy_reference.py", prepend("airvac", args));
        for (int i = 0; i < air.length; i++) {
            assertEquals(Double.parseDouble(out.get(i).split(" ")[1]), AirVacuum.airToVacuum(air[i]), 1e-6);
        }
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> l = new ArrayList<>(List.of(first));
        l.addAll(rest);
        return l;
    }
}
