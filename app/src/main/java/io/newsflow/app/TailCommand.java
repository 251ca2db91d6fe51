package io.newsflow.app;

import io.newsflow.model.kafka.TopicNames;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints an output topic as JSON lines, for downstream users and for a quick look. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Subscribe to an output topic and print its records as JSON lines on stdout "
                + "(only committed records: read_committed).")
final class TailCommand implements Callable<Integer> {
    enum Which { articles, duplicates, rejected }

    @Parameters(index = "0", arity = "0..1", defaultValue = "articles",
            description = "articles, duplicates or rejected (default: ${DEFAULT-VALUE})")
    Which which;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records")
    Long max;

    @Option(names = "--exit-at-end", description = "Stop once every record present at start has been printed")
    boolean exitAtEnd;

    @Mixin
    KafkaOptions kafka;

    private volatile KafkaConsumer<byte[], byte[]> consumer;

    @Override
    public Integer call() {
        try (KafkaRuntime runtime = KafkaRuntime.open(kafka.load());
             KafkaConsumer<byte[], byte[]> c = consumer(runtime)) {
            consumer = c;
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(c::wakeup, "tail-stop"));
            String topic = topicName(runtime.config().kafka().topicNames());
            List<TopicPartition> partitions = partitions(c, topic);
            c.assign(partitions);
            if (fromBeginning) {
                c.seekToBeginning(partitions);
            } else {
                c.seekToEnd(partitions);
            }
            Map<TopicPartition, Long> ends = c.endOffsets(partitions);
            print(c, ends, System.out);
            return ExitCodes.OK;
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            return ExitCodes.OK;
        }
    }

    private void print(KafkaConsumer<byte[], byte[]> c, Map<TopicPartition, Long> ends, PrintStream out) {
        long printed = 0;
        while (max == null || printed < max) {
            for (ConsumerRecord<byte[], byte[]> record : c.poll(Duration.ofMillis(500))) {
                out.println(record.value() == null ? "null" : new String(record.value(), StandardCharsets.UTF_8));
                if (max != null && ++printed >= max) {
                    break;
                }
            }
            out.flush();
            if (exitAtEnd && ends.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                return;
            }
        }
    }

    private String topicName(TopicNames names) {
        return switch (which) {
            case articles -> names.articles();
            case duplicates -> names.duplicates();
            case rejected -> names.rejected();
        };
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> c, String topic) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : c.partitionsFor(topic)) {
            partitions.add(new TopicPartition(topic, info.partition()));
        }
        return partitions;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(KafkaRuntime runtime) {
        Map<String, Object> props = new HashMap<>(runtime.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
