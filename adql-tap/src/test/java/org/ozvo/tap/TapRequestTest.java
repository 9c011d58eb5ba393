package org.ozvo.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ozvo.adql.AdqlVersion;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;

class TapRequestTest {

    private static final TapLimits LIMITS = TapLimits.defaults();

    @Test
    void namesAreCaseInsensitiveFormatIsASynonymAndUnknownParametersAreIgnored() {
        TapRequest r = TapRequest.from(ParamMap.of("request", "doQuery", "lang", "ADQL-2.0", "Query", "SELECT 1",
            "maxrec", "10", "format", "csv", "VERSION", "1.1", "whatever", "x"), LIMITS);
        assertEquals(AdqlVersion.V2_0, r.lang());
        assertEquals("SELECT 1", r.query());
        assertEquals(10L, r.maxrec());
        assertEquals("csv", r.responseFormat());
        assertTrue(r.uploads().isEmpty());
        TapRequest both = TapRequest.from(ParamMap.of("LANG", "ADQL", "QUERY", "q", "FORMAT", "csv",
            "RESPONSEFORMAT", "votable"), LIMITS);
        assertEquals("votable", both.responseFormat());
        assertNull(both.maxrec());
    }

    @Test
    void missingOrBadParametersAreUsageFaults() {
        assertThrows(UsageFault.class, () -> TapRequest.from(ParamMap.of("QUERY", "q"), LIMITS));
        assertThrows(UsageFault.class, () -> TapRequest.from(ParamMap.of("LANG", "PQL", "QUERY", "q"), LIMITS));
        assertThrows(UsageFault.class, () -> TapRequest.from(ParamMap.of("LANG", "ADQL"), LIMITS));
        assertThrows(UsageFault.class, () -> TapRequest.from(ParamMap.of("LANG", "ADQL", "QUERY", "q", "MAXREC", "-1"), LIMITS));
        assertThrows(UsageFault.class, () -> TapRequest.from(ParamMap.of("LANG", "ADQL", "QUERY", "q", "MAXREC", "ten"), LIMITS));
        assertThrows(UsageFault.class, () -> TapRequest.from(ParamMap.of("LANG", "ADQL", "QUERY", "q", "MAXREC", "1",
            "MAXREC", "2"), LIMITS));
    }

    @Test
    void uploadsAccumulateFromSemicolonListsAndRepeatedParameters() {
        List<UploadSpec> u = UploadSpec.parseAll(List.of("a,param:a;b,param:part2", "c,http://example.org/t.xml"), 10);
        assertEquals(List.of(new UploadSpec("a", "param:a"), new UploadSpec("b", "param:part2"),
            new UploadSpec("c", "http://example.org/t.xml")), u);
        assertTrue(u.get(1).inline());
        assertEquals("part2", u.get(1).partName());
        assertTrue(!u.get(2).inline());
    }

    @Test
    void badUploadsAreRefused() {
        assertThrows(UsageFault.class, () -> UploadSpec.parseAll(List.of("a,param:a;A,param:b"), 10));
        assertThrows(UsageFault.class, () -> UploadSpec.parseAll(List.of("1a,param:a"), 10));
        assertThrows(UsageFault.class, () -> UploadSpec.parseAll(List.of("a,ftp://x/y"), 10));
        assertThrows(UsageFault.class, () -> UploadSpec.parseAll(List.of("a"), 10));
        assertThrows(UsageFault.class, () -> UploadSpec.parseAll(List.of("a,param:a;b,param:b"), 1));
    }

    @Test
    void maxrecIsClampedToTheHardLimit() {
        assertEquals(LIMITS.defaultMaxrec(), LIMITS.effectiveMaxrec(null));
        assertEquals(LIMITS.hardMaxrec(), LIMITS.effectiveMaxrec(Long.MAX_VALUE));
        assertEquals(0, LIMITS.effectiveMaxrec(0L));
    }
}
