package org.ozvo.dali.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PgSphereValuesTest {

    private static final double R = Math.PI / 180;

    @Test
    void polygonInRadiansBecomesDegreesWithLongitudesIn0To360() {
        String text = "{(" + (-1 * R) + " , " + (2 * R) + "),(" + (1 * R) + " , " + (2 * R) + "),(0 , " + (3 * R) + ")}";
        assertArrayEquals(new double[] {359, 2, 1, 2, 0, 3}, PgSphereValues.toDegrees("spoly", text), 1e-9);
    }

    @Test
    void pointCircleAndBox() {
        assertArrayEquals(new double[] {10, -20}, PgSphereValues.toDegrees("spoint",
            "(" + 10 * R + " , " + (-20 * R) + ")"), 1e-9);
        assertArrayEquals(new double[] {10, 20, 0.5}, PgSphereValues.toDegrees("scircle",
            "<(" + 10 * R + " , " + 20 * R + ") , " + 0.5 * R + ">"), 1e-9);
        assertArrayEquals(new double[] {1, 2, 3, 2, 3, 4, 1, 4}, PgSphereValues.toDegrees("sbox",
            "((" + R + " , " + 2 * R + "), (" + 3 * R + " , " + 4 * R + "))"), 1e-9);
        assertArrayEquals(new double[] {0, 1e-5}, PgSphereValues.toDegrees("spoint",
            "(0 , " + (1e-5 * R) + ")"), 1e-12);
    }

    @Test
    void nullStaysNullAndGarbageIsRejected() {
        assertNull(PgSphereValues.toDegrees("spoly", null));
        assertThrows(IllegalArgumentException.class, () -> PgSphereValues.toDegrees("spoint", "(1)"));
        assertThrows(IllegalArgumentException.class, () -> PgSphereValues.toDegrees("spoly", "{(1,2),(3,4)}"));
    }
}
