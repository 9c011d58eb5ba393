package org.ozvo.dali.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ozvo.dali.fault.UsageFault;

class ShapeTest {

    @Test
    void circleAsPyvoSendsIt() {
        Shape s = Shape.parse("POS", "CIRCLE 12.0 34.0 0.5");
        assertEquals(new Circle(12, 34, 0.5), s);
        assertEquals("CIRCLE 12 34 0.5", s.toPos());
    }

    @Test
    void shapeKeywordIsCaseInsensitive() {
        assertInstanceOf(Circle.class, Shape.parse("POS", "circle 1 2 3"));
        assertInstanceOf(Range.class, Shape.parse("POS", "Range 1 2 3 4"));
    }

    @Test
    void rangeWithOpenEndsCoversTheSphereLimits() {
        Range r = (Range) Shape.parse("POS", "RANGE -Inf +Inf 89.0 +Inf");
        assertEquals(new Range(0, 360, 89, 90), r);
        assertTrue(r.allRa());
        assertEquals(new Range(0, 360, -90, -80), Shape.parse("POS", "RANGE 0 360.0 -inf -80"));
    }

    @Test
    void rangeMayWrapThroughZero() {
        Range r = (Range) Shape.parse("POS", "RANGE 350 10 -5 5");
        assertTrue(r.wrapsRa());
        assertFalse(new Range(10, 350, -5, 5).wrapsRa());
    }

    @Test
    void polygonKeepsItsVertices() {
        Polygon p = (Polygon) Shape.parse("POS", "POLYGON 10 10 20 10 20 20 10 20");
        assertEquals(4, p.size());
        assertEquals(20, p.ra(1));
        assertEquals(20, p.dec(2));
        assertEquals(new Polygon(10, 10, 20, 10, 20, 20, 10, 20), p);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                          | POS: empty value; expected CIRCLE, RANGE or POLYGON",
        "BOX 1 2 3 4                 | POS: unknown shape 'BOX'; expected CIRCLE, RANGE or POLYGON",
        "CIRCLE 1 2                  | POS: CIRCLE needs 3 numbers (ra dec radius), got 2",
        "CIRCLE 1 2 0                | POS: CIRCLE radius must be in (0, 180] degrees, not 0",
        "CIRCLE 361 2 1              | POS: CIRCLE right ascension must be in [0, 360] degrees, not 361",
        "CIRCLE 1 -91 1              | POS: CIRCLE declination must be in [-90, 90] degrees, not -91",
        "CIRCLE 1 2 +Inf             | POS: '+Inf' must be a finite number",
        "CIRCLE 1 x 1                | POS: 'x' is not a number",
        "RANGE 1 2 3                 | POS: RANGE needs 4 numbers (ra1 ra2 dec1 dec2), got 3",
        "RANGE 0 10 5 -5             | POS: RANGE declination 5 is greater than -5",
        "RANGE 0 10 -95 5            | POS: RANGE declination must be in [-90, 90] degrees (or -Inf/+Inf), not -95",
        "POLYGON 1 2 3 4             | POS: POLYGON needs at least 3 vertices as ra dec pairs (an even count of at least 6 numbers), got 4 numbers",
        "POLYGON 1 2 3 4 5 6 7       | POS: POLYGON needs at least 3 vertices as ra dec pairs (an even count of at least 6 numbers), got 7 numbers",
        "POLYGON 1 2 1 2 5 6         | POS: POLYGON vertices 1 and 2 coincide",
        "POLYGON 0 0 180 0 90 10     | POS: POLYGON edge from vertex 1 to 2 spans 180 degrees or more; add a vertex between them",
    })
    void badShapesAreUsageFaultsWithClearMessages(String value, String message) {
        UsageFault f = assertThrows(UsageFault.class, () -> Shape.parse("POS", value));
        assertEquals(message, f.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CIRCLE 12 34 0.5", "RANGE 350 10 -5 5", "POLYGON 10 10 20 10 20 20.5 10 20"})
    void posTextRoundTrips(String pos) {
        Shape s = Shape.parse("POS", pos);
        assertEquals(s, Shape.parse("POS", s.toPos()));
    }

    @Test
    void separationIsAngularDistance() {
        assertEquals(90, Polygon.separation(0, 0, 90, 0), 1e-9);
        assertEquals(2, Polygon.separation(10, 89, 190, 89), 1e-9);
    }
}
