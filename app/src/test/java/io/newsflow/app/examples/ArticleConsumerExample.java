package io.newsflow.app.examples;

import io.newsflow.model.Article;
import io.newsflow.model.kafka.Topic;
import io.newsflow.model.kafka.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** A subscriber of newsflow's articles, with the shipped serde: the README's example, compiled and tested. */
public final class ArticleConsumerExample {
    public static void main(String[] args) {
        String servers = args.length > 0 ? args[0] : "localhost:9092";
        read(servers, a -> System.out.printf("%s [%s] %s%n", a.id(), a.category(), a.title()), () -> true);
    }

    /** Reads the articles topic from the start, each article once, as long as {@code more} says so. */
    public static void read(String servers, Consumer<Article> onArticle, BooleanSupplier more) {
        Topic<String, Article> articles = Topics.DEFAULT.articles();
        Map<String, Object> props = Map.of("bootstrap.servers", servers, "group.id", "my-article-reader",
                "isolation.level", "read_committed", // only records of committed transactions
                "auto.offset.reset", "earliest");
        try (KafkaConsumer<String, Article> consumer = new KafkaConsumer<>(props,
                articles.keySerde().deserializer(), articles.valueSerde().deserializer())) {
            consumer.subscribe(List.of(articles.name()));
            while (more.getAsBoolean()) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> onArticle.accept(record.value()));
            }
        }
    }
}
