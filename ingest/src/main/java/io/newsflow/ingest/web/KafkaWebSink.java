package io.newsflow.ingest.web;

import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.ingest.publish.RawPublisher;
import io.newsflow.ingest.state.FetchState;
import io.newsflow.ingest.state.FetchStateEntry;
import io.newsflow.model.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The web sink on ingest's transactional {@link RawPublisher}: raw, rejected and fetch-state in one transaction. */
final class KafkaWebSink implements WebSink {
    private final RawPublisher publisher;
    private final String stateTopic;

    private KafkaWebSink(RawPublisher publisher, String stateTopic) {
        this.publisher = publisher;
        this.stateTopic = stateTopic;
    }

    static KafkaWebSink open(KafkaTarget target, String transactionalId, PublishOptions options) {
        Checks.notNull(target, "target");
        return new KafkaWebSink(RawPublisher.open(target, transactionalId, options), target.fetchStateTopic());
    }

    @Override
    public List<IngestItem> publish(List<IngestItem> items, Map<String, FetchStateEntry> state) {
        publisher.begin();
        List<IngestItem> sent = new ArrayList<>(items.size());
        items.forEach(item -> sent.add(publisher.send(item)));
        state.forEach((key, entry) -> publisher.put(stateTopic, key, FetchState.serialize(entry)));
        publisher.commit();
        return sent;
    }

    @Override
    public void close() {
        publisher.close();
    }
}
