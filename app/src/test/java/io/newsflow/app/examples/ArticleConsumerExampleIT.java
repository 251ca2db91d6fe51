package io.newsflow.app.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Article;
import io.newsflow.model.Source;
import io.newsflow.model.kafka.Topic;
import io.newsflow.model.kafka.Topics;
import io.newsflow.testkit.KafkaBroker;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's consumer example against a real broker, on one partition: the articles of an aborted transaction
 * come before the committed one, so reading the committed one first proves they were skipped.
 */
class ArticleConsumerExampleIT {
    @RegisterExtension
    static final KafkaBroker broker = new KafkaBroker();

    @Test
    void shouldReadEachCommittedArticleWithTheShippedSerde() throws Exception {
        Topic<String, Article> articles = Topics.DEFAULT.articles();
        broker.createTopics(new NewTopic(articles.name(), 1, (short) 1));
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(), "transactional.id", "example-test"),
                articles.keySerde().serializer(), articles.valueSerde().serializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            send(producer, articles, article("a-1", "Central bank raises rates"));
            send(producer, articles, article("a-2", "Cup final goes to extra time"));
            producer.abortTransaction();
            producer.beginTransaction();
            send(producer, articles, article("a-3", "Storm closes the harbour"));
            producer.commitTransaction();
        }

        List<Article> read = new CopyOnWriteArrayList<>();
        long deadline = System.nanoTime() + 60_000_000_000L;
        ArticleConsumerExample.read(broker.bootstrapServers(), read::add,
                () -> read.isEmpty() && System.nanoTime() < deadline);

        assertThat(read).extracting(Article::title).containsExactly("Storm closes the harbour");
        assertThat(read.get(0).category()).isEqualTo("world");
    }

    private static void send(KafkaProducer<String, Article> producer, Topic<String, Article> topic, Article article) {
        producer.send(new ProducerRecord<>(topic.name(), article.id(), article));
    }

    private static Article article(String id, String title) {
        return Article.builder(id, Source.file(id + ".txt")).title(title).text("Some text of the article.")
                .category("world").ingestedAt(Instant.parse("2026-01-01T00:00:00Z")).build();
    }
}
