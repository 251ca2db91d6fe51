package io.newsflow.processing.dedup.near;

import io.newsflow.model.Article;
import org.apache.kafka.common.serialization.Serde;
import io.newsflow.model.DedupMethod;
import io.newsflow.model.Duplicate;
import io.newsflow.processing.Step;
import java.time.Clock;

/** Turns a settled decision into the article going on, or its duplicate (near-text) naming the kept article. */
public final class Outcomes {
    private final Serde<Article> articles;
    private final Clock clock;

    public Outcomes(Serde<Article> articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    public Step<Article> of(NearMessage decided) {
        Article article = articles.deserializer().deserialize(null, decided.article());
        Beater beater = decided.beater();
        if (beater == null) {
            return Step.next(article);
        }
        return Step.duplicate(new Duplicate(article, beater.of(), Math.min(1, beater.similarity()),
                DedupMethod.NEAR_TEXT, clock.instant()));
    }
}
