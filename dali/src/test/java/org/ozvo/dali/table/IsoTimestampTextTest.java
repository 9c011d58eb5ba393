package org.ozvo.dali.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class IsoTimestampTextTest {

    private static String timestamp(String pg) {
        byte[] iso = IsoTimestampText.ofTimestamp(pg.getBytes(StandardCharsets.US_ASCII));
        return iso == null ? null : new String(iso, StandardCharsets.US_ASCII);
    }

    private static String date(String pg) {
        byte[] iso = IsoTimestampText.ofDate(pg.getBytes(StandardCharsets.US_ASCII));
        return iso == null ? null : new String(iso, StandardCharsets.US_ASCII);
    }

    @Test
    void plainTimestampsGetTheDaliFormLikeTheJavaConversion() {
        for (String pg : new String[] {"2020-01-02 03:04:05", "2020-01-02 03:04:05.678", "0001-01-01 00:00:00.000001",
                "9999-12-31 23:59:59.999999", "1999-06-30 12:00:00.5"}) {
            String java = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(pg.replace(' ', 'T')));
            assertEquals(java, timestamp(pg), pg);
        }
        assertEquals("2020-01-02T03:04:05.678", timestamp("2020-01-02 03:04:05.678"));
    }

    @Test
    void anythingElseIsLeftToTheSlowConversion() {
        for (String pg : new String[] {"infinity", "-infinity", "0044-03-15 12:00:00 BC", "10000-01-01 00:00:00",
                "2020-01-02 03:04:05+00", "2020-01-02 03:04:05.", "2020-01-02 03:04:05.1234567", "2020-01-02T03:04:05",
                "2020-01-02 03:04", "2020-1-02 03:04:05", ""}) {
            assertNull(timestamp(pg), pg);
        }
    }

    @Test
    void datesBecomeMidnight() {
        assertEquals("2020-01-02T00:00:00", date("2020-01-02"));
        assertNull(date("infinity"));
        assertNull(date("0044-03-15 BC"));
        assertNull(date("12020-01-02"));
        assertNull(date("2020-01-02 00:00:00"));
    }
}
