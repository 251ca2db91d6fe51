package io.newsflow.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A cluster of one controller and three brokers, each node formatted with the same cluster id. */
@Timeout(180)
class ClusterIT {
    @TempDir
    Path dir;
    private final List<EmbeddedKafkaBroker> nodes = new ArrayList<>();

    /** Brokers first: a broker's controlled shutdown needs its controller. */
    @AfterEach
    void stop() {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }

    @Test
    void shouldReplicateAcrossThreeBrokersAndKeepWritingWhenOneStops() throws Exception {
        String clusterId = Uuid.randomUuid().toString();
        int controllerPort = FreePorts.next();
        String voters = "100@127.0.0.1:" + controllerPort;
        nodes.add(EmbeddedKafkaBroker.start(dir.resolve("controller"), controllerPort,
                ClusterNode.controller(100, clusterId, voters, 3), Map.of()));
        List<EmbeddedKafkaBroker> brokers = startBrokers(clusterId, voters);
        String servers = String.join(",", brokers.stream().map(EmbeddedKafkaBroker::bootstrapServers).toList());

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(3);
            admin.createTopics(List.of(new NewTopic("t", 3, (short) -1))).all().get();
            TopicDescription topic = describeWhenKnown(admin, "t");
            assertThat(topic.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
            assertThat(admin.describeConfigs(List.of(new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "t"))).all().get()
                    .values().iterator().next().get("min.insync.replicas").value()).isEqualTo("2");
        }
        try (KafkaProducer<String, String> producer = producer(servers)) {
            producer.send(new ProducerRecord<>("t", "a", "before")).get();
            brokers.get(1).close();
            producer.send(new ProducerRecord<>("t", "b", "after one broker stopped")).get();
        }
        assertThat(readAll(servers, "t")).containsExactlyInAnyOrder("before", "after one broker stopped");
    }

    private List<EmbeddedKafkaBroker> startBrokers(String clusterId, String voters) throws Exception {
        List<Thread> starting = new ArrayList<>();
        EmbeddedKafkaBroker[] started = new EmbeddedKafkaBroker[3];
        for (int i = 0; i < 3; i++) {
            int index = i;
            Thread t = new Thread(() -> started[index] = EmbeddedKafkaBroker.start(dir.resolve("broker-" + index), 0,
                    ClusterNode.broker(index + 1, clusterId, voters, 3), Map.of()));
            t.start();
            starting.add(t);
        }
        for (Thread t : starting) {
            t.join(Duration.ofSeconds(120).toMillis());
        }
        List<EmbeddedKafkaBroker> brokers = List.of(started);
        nodes.addAll(brokers);
        return brokers;
    }

    /**
     * The controller has committed the topic when createTopics returns; the brokers learn of it a moment later from
     * the metadata log, and until then a broker answers that it does not host the topic. Asks again until one
     * describes it.
     */
    private static TopicDescription describeWhenKnown(Admin admin, String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return admin.describeTopics(List.of(name)).allTopicNames().get().get(name);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    private static KafkaProducer<String, String> producer(String servers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private static List<String> readAll(String servers, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < 2 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
