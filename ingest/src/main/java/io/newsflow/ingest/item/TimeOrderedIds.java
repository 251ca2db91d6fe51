package io.newsflow.ingest.item;

import io.newsflow.model.Checks;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUID version 7 ids (RFC 9562): 48 bits of Unix milliseconds from the injected clock, then 74 random bits. Ids
 * sort roughly by ingest time, which keeps Kafka keys and output files in a readable order. The JDK has no
 * UUIDv7 factory (before Java 26), hence these few lines.
 */
public final class TimeOrderedIds implements IdGenerator {
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
    private static final long RANDOM_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TimeOrderedIds(Clock clock) {
        this.clock = Checks.notNull(clock, "clock");
    }

    @Override
    public String next() {
        long high = (clock.millis() << 16) | VERSION_7 | random.nextInt(1 << 12);
        long low = (random.nextLong() & RANDOM_62_BITS) | VARIANT_RFC;
        return new UUID(high, low).toString();
    }
}
