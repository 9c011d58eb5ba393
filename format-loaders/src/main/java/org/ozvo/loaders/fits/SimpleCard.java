package org.ozvo.loaders.fits;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The comment nom-tam-fits gives SIMPLE, kept so products stay as they were: {@code Java FITS: <date>}. */
final class SimpleCard {

    /** {@link java.util.Date#toString()}'s layout, in UTC. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.US)
        .withZone(ZoneOffset.UTC);

    private SimpleCard() {
    }

    static String comment(Clock clock) {
        return "Java FITS: " + DATE.format(clock.instant());
    }
}
