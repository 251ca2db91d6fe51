package io.newsflow.processing.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the off-heap memory of every RocksDB state store in the process: one LRU block cache of the configured
 * size ({@code processing.state-memory-bytes}, passed as {@value #MEMORY_CONFIG}) that the memtables (through a
 * {@link WriteBufferManager}, up to half of it) and the index and filter blocks are charged to as well. Writes
 * stall while the memtables are over their half and a flush is freeing it (without the stall a burst of writes
 * outruns the flushes: 48 MB written in a loop held 45 MB of memtables against a bound of 8 MB). This is Kafka Streams' documented recipe for bounded memory
 * ("RocksDB: bounded memory usage", {@code BoundedMemoryRocksDBConfig}); Kafka ships the interface, not an
 * implementation, so this class is ours.
 *
 * <p>Without it each store segment opens its own 50 MB block cache and up to three 16 MB memtables; the processing
 * stage has ten stores per partition, its window stores two or three segments each, so what RocksDB may hold grows
 * with partitions and time, outside the heap and outside {@code -Xmx}.
 *
 * <p>Kafka Streams creates a setter per store by reflection; the cache and the write buffer manager are shared by
 * all of them (one per configured size, for the life of the process) and are never closed by a store.
 */
public final class BoundedStateMemory implements RocksDBConfigSetter {
    /** The Streams property naming the bytes all stores share. */
    public static final String MEMORY_CONFIG = "newsflow.state.memory.bytes";
    /** Share of the memory the memtables may take; the rest caches blocks. */
    static final double MEMTABLE_SHARE = 0.5;
    /** Share of the cache kept for index and filter blocks (high priority), so lookups don't thrash. */
    static final double INDEX_AND_FILTER_SHARE = 0.1;
    private static final Map<Long, Shared> SHARED = new ConcurrentHashMap<>();

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        Shared shared = SHARED.computeIfAbsent(bytes(configs), Shared::of);
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(shared.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(shared.writeBuffers());
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write buffer manager are shared by every store of the process: not closed here
    }

    static long bytes(Map<String, Object> configs) {
        Object value = configs.get(MEMORY_CONFIG);
        if (value == null) {
            throw new IllegalStateException(MEMORY_CONFIG + " is not set: StreamsSettings sets it with "
                    + BoundedStateMemory.class.getSimpleName());
        }
        return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
    }

    /** Bytes in use in the cache shared by the stores configured with {@code bytes} (memtables included). */
    static long usage(long bytes) {
        Shared shared = SHARED.get(bytes);
        return shared == null ? 0 : shared.cache().getUsage();
    }

    /** What one configured size shares: the cache and the manager that charges memtables to it. */
    record Shared(Cache cache, WriteBufferManager writeBuffers) {
        static Shared of(long bytes) {
            Cache cache = new LRUCache(bytes, -1, false, INDEX_AND_FILTER_SHARE);
            return new Shared(cache, new WriteBufferManager((long) (bytes * MEMTABLE_SHARE), cache, true));
        }
    }
}
