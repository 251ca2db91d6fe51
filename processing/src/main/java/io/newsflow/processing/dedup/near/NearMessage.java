package io.newsflow.processing.dedup.near;

import io.newsflow.model.Article;
import io.newsflow.model.Checks;

/**
 * A message to the gatherers, keyed by the id of the article it is about.
 *
 * @param kind    what it says
 * @param id      the article it is about
 * @param time    that article's record time
 * @param article the article itself ({@link Kind#HELD}, {@link Kind#DECISION})
 * @param count   bands to wait for ({@link Kind#HELD}), challenges sent ({@link Kind#VERDICT}), answers to wait
 *                for ({@link Kind#DECISION})
 * @param beater  the earlier near-duplicate found, or the challenger ({@link Kind#CHALLENGE}); may be null
 */
public record NearMessage(Kind kind, String id, long time, Article article, int count, Beater beater) {
    /** What a message says. */
    public enum Kind {
        /** The article, waiting for its band verdicts. */
        HELD,
        /** One band's verdict on the article: the earlier near-duplicate it found, if any. */
        VERDICT,
        /** An earlier article reached a band after this one: this one is its duplicate, unless already kept. */
        CHALLENGE,
        /** All bands answered: the article and its near-duplicate, if any, waiting for challenge answers. */
        DECISION,
        /** The answer to one of the article's challenges: the kept article it is a duplicate of, if any. */
        ANSWER
    }

    public NearMessage {
        Checks.notNull(kind, "kind");
        Checks.notBlank(id, "id");
    }

    public static NearMessage held(Article article, long time, int bands) {
        return new NearMessage(Kind.HELD, article.id(), time, article, bands, null);
    }

    public static NearMessage verdict(String id, long time, Beater beater, int challenges) {
        return new NearMessage(Kind.VERDICT, id, time, null, challenges, beater);
    }

    public static NearMessage challenge(BandEntry challenged, Beater challenger) {
        return new NearMessage(Kind.CHALLENGE, challenged.id(), challenged.time(), null, 0, challenger);
    }

    public static NearMessage decision(Article article, long time, Beater beater, int challenges) {
        return new NearMessage(Kind.DECISION, article.id(), time, article, challenges, beater);
    }

    public static NearMessage answer(String id, long time, Beater keptDuplicateOf) {
        return new NearMessage(Kind.ANSWER, id, time, null, 0, keptDuplicateOf);
    }
}
