package com.arbitra.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants in the domain, UTC timestamps with zone in the database (to the microsecond, as H2 keeps them). */
final class Times {

    private Times() {
    }

    static OffsetDateTime toDb(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant fromDb(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    static Instant micros(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS);
    }
}
