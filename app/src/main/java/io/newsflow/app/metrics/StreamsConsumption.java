package io.newsflow.app.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.model.Checks;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Records the processing stage's stream threads consumed from the raw topic: the processing stage's "records in".
 * Read from the metrics the Kafka consumers of this JVM publish over JMX ({@code consumer-fetch-manager-metrics},
 * {@code records-consumed-total}), since the processing module does not hand out its {@code KafkaStreams}; Kafka
 * 4.x publishes each topic under its own name and, deprecated, with dots as underscores (KIP-1109): the own name
 * is used when present. Hand-written: Micrometer's Kafka binders need the client object.
 */
public final class StreamsConsumption {
    private static final String FETCH = "kafka.consumer:type=consumer-fetch-manager-metrics,client-id=*,topic=*";

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final String applicationId;
    private final String topic;

    /**
     * @param applicationId the Streams application id: its consumers' client ids start with it
     * @param topic         the topic whose consumed records are counted
     */
    public StreamsConsumption(String applicationId, String topic) {
        this.applicationId = Checks.notBlank(applicationId, "applicationId");
        this.topic = Checks.notBlank(topic, "topic");
    }

    /** {@code newsflow_processing_records_consumed_total{topic}}; this object is the meter's state: keep it. */
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("newsflow.processing.records.consumed", this, StreamsConsumption::consumed)
                .tag("topic", topic).description("records the processing stage consumed from the raw topic")
                .register(registry);
    }

    double consumed() {
        try {
            double exact = sum(topic);
            double legacy = sum(topic.replace('.', '_'));
            return Double.isNaN(exact) ? legacy : exact;
        } catch (JMException e) {
            return Double.NaN; // policy: an unreadable metric is reported as unknown, not as zero
        }
    }

    /** The sum over the stream threads' consumers of one topic tag; NaN when no consumer has that tag. */
    private double sum(String tag) throws JMException {
        double total = Double.NaN;
        for (ObjectName name : server.queryNames(new ObjectName(FETCH), null)) {
            if (isStreamThread(name) && tag.equals(ObjectName.unquote(quoted(name.getKeyProperty("topic"))))) {
                double value = ((Number) server.getAttribute(name, "records-consumed-total")).doubleValue();
                total = Double.isNaN(total) ? value : total + value;
            }
        }
        return total;
    }

    private boolean isStreamThread(ObjectName name) {
        String client = ObjectName.unquote(quoted(name.getKeyProperty("client-id")));
        return client.startsWith(applicationId + "-") && client.contains("-StreamThread-")
                && !client.endsWith("-restore-consumer");
    }

    private static String quoted(String value) {
        return value.startsWith("\"") ? value : "\"" + value + "\"";
    }
}
