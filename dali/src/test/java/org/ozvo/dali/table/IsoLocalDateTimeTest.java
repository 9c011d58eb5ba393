package org.ozvo.dali.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoLocalDateTimeTest {

    private static void same(LocalDateTime t) {
        assertEquals(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t), IsoLocalDateTime.format(t), t::toString);
    }

    @Test
    void edgesMatchTheJdkFormatter() {
        assertEquals("2020-01-02T03:04:05.678",
            IsoLocalDateTime.format(LocalDateTime.of(2020, 1, 2, 3, 4, 5, 678_000_000)));
        assertEquals("2020-01-02T00:00:00", IsoLocalDateTime.format(LocalDateTime.of(2020, 1, 2, 0, 0)));
        for (LocalDateTime t : new LocalDateTime[] {LocalDateTime.of(0, 1, 1, 0, 0),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999), LocalDateTime.of(1, 1, 1, 0, 0, 0, 1),
                LocalDateTime.of(1999, 6, 30, 12, 0, 0, 100_000_000), LocalDateTime.of(2000, 2, 29, 0, 0, 1, 1000),
                LocalDateTime.of(-1, 3, 15, 12, 0), LocalDateTime.of(10000, 1, 1, 0, 0), LocalDateTime.MAX,
                LocalDateTime.MIN}) {
            same(t);
        }
    }

    @Test
    void randomValuesMatchTheJdkFormatter() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            same(LocalDateTime.of(random.nextInt(10_000), 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60), random.nextInt(60), nano));
        }
    }
}
