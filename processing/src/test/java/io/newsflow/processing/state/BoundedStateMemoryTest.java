package io.newsflow.processing.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class BoundedStateMemoryTest {
    private static final long BOUND = 16L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void shouldChargeEveryStoresMemtablesToOneBoundedCache() throws Exception {
        BoundedStateMemory setter = new BoundedStateMemory();
        try (Options first = storeOptions(); Options second = storeOptions()) {
            setter.setConfig("seen-text", first, Map.of(BoundedStateMemory.MEMORY_CONFIG, BOUND));
            setter.setConfig("seen-url", second, Map.of(BoundedStateMemory.MEMORY_CONFIG, String.valueOf(BOUND)));
            assertThat(first.writeBufferManager()).isNotNull().isSameAs(second.writeBufferManager());
            assertThat(((BlockBasedTableConfig) first.tableFormatConfig()).cacheIndexAndFilterBlocks()).isTrue();

            long peak = writeMegabytes(first, dir.resolve("a"), 48);

            assertThat(peak).as("memtables charged to the shared cache").isPositive();
            assertThat(peak).as("the cache's usage while 48 MB were written").isLessThanOrEqualTo(BOUND);
        }
    }

    @Test
    void shouldSayWhatIsMissingWhenTheSizeIsNotConfigured() {
        assertThatThrownBy(() -> BoundedStateMemory.bytes(Map.of()))
                .hasMessageContaining(BoundedStateMemory.MEMORY_CONFIG);
        assertThat(BoundedStateMemory.bytes(Map.of(BoundedStateMemory.MEMORY_CONFIG, " 1024 "))).isEqualTo(1024);
    }

    /** Options as Kafka Streams hands them to a setter: with a block-based table format. */
    private static Options storeOptions() {
        return new Options().setCreateIfMissing(true).setTableFormatConfig(new BlockBasedTableConfig());
    }

    /** Writes {@code megabytes} of 8 KB values and returns the highest usage of the shared cache seen. */
    private static long writeMegabytes(Options options, Path path, int megabytes) throws Exception {
        byte[] value = new byte[8 * 1024];
        Arrays.fill(value, (byte) 'x');
        long peak = 0;
        try (RocksDB db = RocksDB.open(options, path.toString())) {
            for (int i = 0; i < megabytes * 128; i++) {
                db.put(("key-" + i).getBytes(StandardCharsets.UTF_8), value);
                peak = Math.max(peak, BoundedStateMemory.usage(BOUND));
            }
        }
        return peak;
    }
}
