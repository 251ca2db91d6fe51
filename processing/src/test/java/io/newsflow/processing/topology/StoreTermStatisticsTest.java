package io.newsflow.processing.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoreTermStatisticsTest {
    private KeyValueStore<String, Long> store;
    private StoreTermStatistics statistics;

    @BeforeEach
    void openStore() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("terms"), Serdes.String(), Serdes.Long())
                .withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        statistics = new StoreTermStatistics(store);
    }

    @Test
    void shouldSeeEveryCountedArticleAtOnceThoughTheStoreIsWrittenLater() {
        statistics.count(Set.of("putin", "economy"));
        statistics.count(Set.of("putin"));

        assertThat(statistics.documents()).isEqualTo(2);
        assertThat(statistics.documentFrequency("putin")).isEqualTo(2);
        assertThat(statistics.documentFrequency("economy")).isEqualTo(1);
        assertThat(statistics.documentFrequency("never")).isZero();
        assertThat(store.get("putin")).isNull();
    }

    @Test
    void shouldWriteEachChangedTermOnceEveryBatchOfArticles() {
        for (int i = 0; i < StoreTermStatistics.ARTICLES_PER_WRITE; i++) {
            statistics.count(Set.of("putin", "article " + i));
        }

        assertThat(store.get("putin")).isEqualTo(StoreTermStatistics.ARTICLES_PER_WRITE);
        assertThat(store.get("")).isEqualTo(StoreTermStatistics.ARTICLES_PER_WRITE);
        assertThat(store.get("article 0")).isEqualTo(1);
    }

    @Test
    void shouldContinueFromTheCountsAlreadyInTheStore() {
        store.put("", 10L);
        store.put("putin", 4L);

        statistics.count(Set.of("putin"));
        statistics.write();

        assertThat(store.get("putin")).isEqualTo(5);
        assertThat(new StoreTermStatistics(store).documents()).isEqualTo(11);
    }
}
