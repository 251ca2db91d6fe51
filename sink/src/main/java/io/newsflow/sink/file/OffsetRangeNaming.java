package io.newsflow.sink.file;

import io.newsflow.model.Checks;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;

/**
 * Names like Kafka Connect's storage sinks: {@code <topic>+<partition>+<first>-<last>.jsonl} (or
 * {@code .jsonl.gz}), offsets zero-padded to 20 digits so names sort by offset; temp names are hidden
 * ({@code .<topic>+<partition>+<first>.jsonl.tmp}). {@code +} cannot occur in a Kafka topic name, so names parse
 * back unambiguously. Names of either extension parse, so a change of {@code sink.compression} keeps the
 * position.
 */
public final class OffsetRangeNaming implements FileNaming {
    public static final String EXTENSION = ".jsonl";
    public static final String GZIP_EXTENSION = ".jsonl.gz";
    public static final String TEMP_SUFFIX = ".tmp";
    private static final String TOPIC = "([A-Za-z0-9._-]+)";
    private static final Pattern FILE = Pattern.compile(TOPIC + "\\+(\\d{1,10})\\+(\\d{20})-(\\d{20})\\.jsonl(\\.gz)?");
    private static final Pattern TEMP = Pattern.compile("\\." + TOPIC + "\\+(\\d{1,10})\\+(\\d{20})\\.jsonl(\\.gz)?\\.tmp");

    private final String extension;

    /** Plain {@code .jsonl} names. */
    public OffsetRangeNaming() {
        this(EXTENSION);
    }

    /** @param extension {@link #EXTENSION} or {@link #GZIP_EXTENSION} */
    public OffsetRangeNaming(String extension) {
        Checks.notNull(extension, "extension");
        if (!extension.equals(EXTENSION) && !extension.equals(GZIP_EXTENSION)) {
            throw new IllegalArgumentException("extension must be .jsonl or .jsonl.gz, was '" + extension + "'");
        }
        this.extension = extension;
    }

    @Override
    public String fileName(FileRange range) {
        Checks.notNull(range, "range");
        return prefix(range.partition()) + padded(range.firstOffset()) + "-" + padded(range.lastOffset()) + extension;
    }

    @Override
    public String tempName(TopicPartition partition, long firstOffset) {
        Checks.notNull(partition, "partition");
        return "." + prefix(partition) + padded(firstOffset) + extension + TEMP_SUFFIX;
    }

    @Override
    public Optional<FileRange> parseFileName(String name) {
        Matcher m = FILE.matcher(Checks.notNull(name, "name"));
        if (!m.matches()) {
            return Optional.empty();
        }
        return parseRange(partitionOf(m), m.group(3), m.group(4));
    }

    @Override
    public Optional<TopicPartition> parseTempName(String name) {
        Matcher m = TEMP.matcher(Checks.notNull(name, "name"));
        return m.matches() ? partitionOf(m) : Optional.empty();
    }

    private static Optional<FileRange> parseRange(Optional<TopicPartition> partition, String first, String last) {
        try {
            long firstOffset = Long.parseLong(first);
            long lastOffset = Long.parseLong(last);
            return partition.filter(p -> lastOffset >= firstOffset)
                    .map(p -> new FileRange(p, firstOffset, lastOffset));
        } catch (NumberFormatException e) {
            return Optional.empty(); // 20 digits beyond Long.MAX_VALUE: not a name this naming wrote
        }
    }

    private static Optional<TopicPartition> partitionOf(Matcher m) {
        long partition = Long.parseLong(m.group(2));
        return partition > Integer.MAX_VALUE ? Optional.empty()
                : Optional.of(new TopicPartition(m.group(1), (int) partition));
    }

    private static String prefix(TopicPartition partition) {
        return partition.topic() + "+" + partition.partition() + "+";
    }

    private static String padded(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset can't be negative, was " + offset);
        }
        return String.format("%020d", offset);
    }
}
