package org.ozvo.server.ssa.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.dali.value.Interval;

class SsaRequestParserTest {

    private static SsaRequest parse(String... pairs) {
        String[] all = new String[pairs.length + 2];
        all[0] = "REQUEST";
        all[1] = "queryData";
        System.arraycopy(pairs, 0, all, 2, pairs.length);
        return SsaRequestParser.parse(ParamMap.of(all));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', value = {
        "POS|abc", "POS|10", "POS|10,100", "POS|400,0", "POS|10,20;GALACTIC", "POS|10,20,30", "POS|NaN,0",
        "SIZE|-1", "SIZE|0", "SIZE|abc", "SIZE|400",
        "BAND|6e-7/5e-7", "BAND|optical", "BAND|-1e-7/2e-7", "BAND|1/2/3", "BAND|5e-7;moon",
        "BANDREST|6e-7/5e-7", "TIME|2016/2015", "TIME|2015-13", "TIME|2015-02-30", "TIME|yesterday",
        "FORMAT|foo", "MAXREC|-1", "MAXREC|abc", "MAXREC|1e30", "TOP|0", "TOP|x", "REDSHIFT|0.5/0.1",
        "SPECRP|-5", "SPATRES|0", "SNR|x", "MTIME|2020-01-01T25:00:00", "VERSION|2.0"})
    void malformedValuesAreUsageErrors(String name, String value) {
        UsageFault f = assertThrows(UsageFault.class, () -> parse(name, value));
        assertTrue(f.getMessage().toUpperCase().contains(name), f.getMessage());
    }

    @Test
    void requestIsRequiredAndMustBeQueryData() {
        assertThrows(UsageFault.class, () -> SsaRequestParser.parse(ParamMap.of("POS", "1,2")));
        assertThrows(UsageFault.class, () -> SsaRequestParser.parse(ParamMap.of("REQUEST", "getCapabilities")));
        SsaRequestParser.parse(ParamMap.of("request", "QUERYDATA", "version", "1.1"));
    }

    @Test
    void namesAreCaseInsensitiveAndSizeIsADiameter() {
        SsaRequest r = parse("pos", "187.25,2.05;ICRS", "Size", "0.5");
        assertEquals(187.25, r.cone().get().ra());
        assertEquals(0.25, r.cone().get().radius());
        assertEquals(SsaLimits.DEFAULT_SIZE_DEG / 2, parse("POS", "1,2").cone().get().radius());
        assertTrue(parse("SIZE", "1").cone().isEmpty(), "SIZE without POS is ignored");
        assertEquals(0.0, parse("POS", "360,0").cone().get().ra());
    }

    @Test
    void emptyValuesConstrainNothing() {
        SsaRequest r = parse("POS", "", "BAND", "", "TIME", "", "COLLECTION", "");
        assertTrue(r.cone().isEmpty());
        assertTrue(r.bands().isEmpty());
        assertTrue(r.times().isEmpty());
        assertTrue(r.collections().isEmpty());
    }

    @Test
    void bandRangeListsInMetresWithOpenEndsAndFrames() {
        SsaRequest r = parse("BAND", "5e-7/5.5e-07,6.5E-7,/3e-7,8e-7/");
        assertEquals(List.of(new Interval(5e-7, 5.5e-7), Interval.of(6.5e-7),
            new Interval(Double.NEGATIVE_INFINITY, 3e-7), new Interval(8e-7, Double.POSITIVE_INFINITY)), r.bands());
        SsaRequest rest = parse("BAND", "3.7e-7/3.8e-7;source");
        assertTrue(rest.bands().isEmpty());
        assertEquals(List.of(new Interval(3.7e-7, 3.8e-7)), rest.restBands());
        assertEquals(List.of(new Interval(6.5e-7, 6.6e-7)), parse("BANDREST", "6.5e-7/6.6e-7").restBands());
        assertEquals(List.of(new Interval(5e-7, 6e-7)), parse("BAND", "5e-7/6e-7;observer").bands());
    }

    @Test
    void isoTimesCoverTheirWholePeriod() {
        SsaRequest r = parse("TIME", "2015/2016");
        assertEquals(Instant.parse("2015-01-01T00:00:00Z"), r.times().get(0).start());
        assertEquals(Instant.parse("2016-12-31T23:59:59.999999999Z"), r.times().get(0).end());
        SsaRequest pyvo = parse("TIME", "2015-01-01T00:00:00.000/2018-01-01T00:00:00.000");
        assertEquals(Instant.parse("2018-01-01T00:00:00Z"), pyvo.times().get(0).end());
        SsaRequest month = parse("TIME", "2016-02");
        assertEquals(Instant.parse("2016-02-29T23:59:59.999999999Z"), month.times().get(0).end());
        assertEquals(null, parse("TIME", "2015/").times().get(0).end());
    }

    @Test
    void maxrecIsCappedAndFormatFilters() {
        SsaRequest big = parse("MAXREC", "99999999");
        assertEquals(SsaLimits.HARD_MAXREC, big.maxrec());
        assertTrue(big.maxrecLowered());
        assertEquals(SsaLimits.DEFAULT_MAXREC, parse().maxrec());
        assertEquals(0, parse("MAXREC", "0").maxrec());
        assertEquals(SsaFormat.Choice.ALL, parse("FORMAT", "fits").format());
        assertEquals(SsaFormat.Choice.ALL, parse("FORMAT", "ALL").format());
        assertEquals(SsaFormat.Choice.NONE, parse("FORMAT", "text/plain").format());
        assertEquals(SsaFormat.Choice.NONE, parse("FORMAT", "votable,graphic").format());
        assertEquals(SsaFormat.Choice.ALL, parse("FORMAT", "application/fits,votable").format());
        assertTrue(parse("FORMAT", "METADATA", "POS", "nonsense").metadataOnly(), "METADATA ignores other params");
    }

    @Test
    void listsAndNumbers() {
        SsaRequest r = parse("COLLECTION", "ozdes, gama_dr3", "TARGETCLASS", "galaxy,QSO", "SPECRP", "1000",
            "SPATRES", "0.001", "TOP", "5", "TARGETNAME", "NGC 1", "RUNID", "run-1", "DPSUBTYPE", "combined");
        assertEquals(List.of("ozdes", "gama_dr3"), r.collections());
        assertEquals(List.of("galaxy", "QSO"), r.targetClasses());
        assertEquals(1000.0, r.minResolvingPower().getAsDouble());
        assertEquals(0.001, r.maxSpatialResolutionDeg().getAsDouble());
        assertEquals(5, r.top().getAsInt());
        assertEquals("NGC 1", r.targetName().get());
        assertEquals("run-1", r.runId().get());
        assertEquals(List.of("combined"), r.subtypes());
        assertFalse(r.metadataOnly());
    }

    @Test
    void repeatedParametersWithDifferentValuesAreRefused() {
        assertThrows(UsageFault.class, () -> SsaRequestParser.parse(ParamMap.of(
            "REQUEST", "queryData", "POS", "1,2", "pos", "3,4")));
    }
}
