package io.newsflow.model.config;

import java.time.Duration;

/**
 * How the processing stage cleans, deduplicates and tags.
 *
 * @param dedupWindow             how long an article is remembered for duplicate detection (state retention)
 * @param streamThreads           Kafka Streams threads in this instance
 * @param standbyReplicas         Kafka Streams standby replicas of each state store
 * @param minWords                an article with fewer words after cleaning is rejected as {@code no-article-text}
 * @param nearDuplicateThreshold  similarity (0..1) from which two texts are near-duplicates
 * @param minhashPermutations     MinHash values per text; a multiple of {@code lshBands}
 * @param lshBands                LSH bands the MinHash values are split into; more bands find less similar
 *                                candidates at the cost of more state (one store entry per band and article)
 * @param nearDuplicateMinWords   texts with fewer words are only deduplicated exactly, never as near-duplicates
 * @param nearDuplicateBuckets    messages an article's bands travel in, each to the band partition
 *                                {@code bucket % partitions}: at least {@code kafka.partitions} to keep every band
 *                                task busy. Stored band values are found through their bucket, so keep it across
 *                                restarts: changing it forgets the bands of articles already seen (for one dedup
 *                                window, near-duplicates of them are missed)
 * @param stateMemoryBytes        0 leaves RocksDB to Kafka Streams' defaults (each store its own 50 MB block cache,
 *                                each store segment up to three 16 MB memtables); a size bounds the off-heap memory
 *                                all state stores of the process share, block cache and memtables, at a cost in
 *                                throughput (see README, Performance)
 */
public record ProcessingSettings(Duration dedupWindow, int streamThreads, int standbyReplicas, int minWords,
                                 double nearDuplicateThreshold, int minhashPermutations, int lshBands,
                                 int nearDuplicateMinWords, int nearDuplicateBuckets, long stateMemoryBytes) {
    public static final double DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.6;
    public static final int DEFAULT_MINHASH_PERMUTATIONS = 128;
    public static final int DEFAULT_LSH_BANDS = 32;
    public static final int DEFAULT_NEAR_DUPLICATE_MIN_WORDS = 40;
    public static final int DEFAULT_NEAR_DUPLICATE_BUCKETS = 4;
    /** Unbounded: Kafka Streams' own RocksDB settings. */
    public static final long DEFAULT_STATE_MEMORY_BYTES = 0;
    /** A bound needs room for at least a memtable of each store written to. */
    private static final long MIN_STATE_MEMORY_BYTES = 8L * 1024 * 1024;
    public static final ProcessingSettings DEFAULT = new ProcessingSettings(Duration.ofDays(7), 1, 0, 20);

    public ProcessingSettings {
        if (dedupWindow == null || dedupWindow.toMinutes() < 1) {
            throw new ConfigException("processing.dedup-window must be 1m or more, was " + dedupWindow);
        }
        if (streamThreads < 1) {
            throw new ConfigException("processing.stream-threads must be 1 or more, was " + streamThreads);
        }
        if (standbyReplicas < 0) {
            throw new ConfigException("processing.standby-replicas can't be negative, was " + standbyReplicas);
        }
        if (minWords < 1) {
            throw new ConfigException("processing.min-words must be 1 or more, was " + minWords);
        }
        if (!(nearDuplicateThreshold > 0 && nearDuplicateThreshold <= 1)) {
            throw new ConfigException("processing.near-duplicate-threshold must be within (0, 1], was "
                    + nearDuplicateThreshold);
        }
        if (lshBands < 1 || minhashPermutations < lshBands || minhashPermutations % lshBands != 0
                || minhashPermutations > 1024) {
            throw new ConfigException("processing.minhash-permutations (" + minhashPermutations
                    + ") must be a multiple of processing.lsh-bands (" + lshBands + "), at most 1024");
        }
        if (nearDuplicateMinWords < 1) {
            throw new ConfigException("processing.near-duplicate-min-words must be 1 or more, was "
                    + nearDuplicateMinWords);
        }
        if (nearDuplicateBuckets < 1 || nearDuplicateBuckets > lshBands) {
            throw new ConfigException("processing.near-duplicate-buckets must be within 1..processing.lsh-bands ("
                    + lshBands + "), was " + nearDuplicateBuckets);
        }
        if (stateMemoryBytes != 0 && stateMemoryBytes < MIN_STATE_MEMORY_BYTES) {
            throw new ConfigException("processing.state-memory-bytes must be 0 (unbounded) or "
                    + MIN_STATE_MEMORY_BYTES + " (8 MiB) or more, was " + stateMemoryBytes);
        }
    }

    /** The settings with the near-duplicate and state memory defaults. */
    public ProcessingSettings(Duration dedupWindow, int streamThreads, int standbyReplicas, int minWords) {
        this(dedupWindow, streamThreads, standbyReplicas, minWords, DEFAULT_NEAR_DUPLICATE_THRESHOLD,
                DEFAULT_MINHASH_PERMUTATIONS, DEFAULT_LSH_BANDS, DEFAULT_NEAR_DUPLICATE_MIN_WORDS,
                DEFAULT_NEAR_DUPLICATE_BUCKETS, DEFAULT_STATE_MEMORY_BYTES);
    }

    /** Rows of MinHash values per LSH band. */
    public int lshRows() {
        return minhashPermutations / lshBands;
    }
}
