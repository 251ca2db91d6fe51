package io.newsflow.sink;

import io.newsflow.sink.partition.CommittedFile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/** Counts committed files; written by the sink's thread, read by any. */
final class SinkCounters implements Consumer<CommittedFile> {
    private final Map<String, LongAdder> records = new ConcurrentHashMap<>();
    private final LongAdder deadLetters = new LongAdder();
    private final LongAdder files = new LongAdder();

    @Override
    public void accept(CommittedFile file) {
        files.increment();
        if (file.deadLetters()) {
            deadLetters.add(file.records());
        } else {
            records.computeIfAbsent(file.range().partition().topic(), t -> new LongAdder()).add(file.records());
        }
    }

    SinkStats snapshot() {
        Map<String, Long> perTopic = new java.util.HashMap<>();
        records.forEach((topic, count) -> perTopic.put(topic, count.sum()));
        return new SinkStats(perTopic, deadLetters.sum(), files.sum());
    }
}
