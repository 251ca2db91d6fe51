package io.newsflow.processing.topology;

import io.newsflow.model.Article;
import io.newsflow.model.RawArticle;
import io.newsflow.model.RejectReason;
import io.newsflow.processing.Step;
import io.newsflow.processing.clean.ArticleCleaner;
import io.newsflow.processing.clean.CleanResult;
import io.newsflow.processing.clean.CleanedArticle;
import io.newsflow.processing.dedup.CanonicalUrls;
import io.newsflow.processing.dedup.TextFingerprint;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a raw record into an untagged article: cleans it, takes what the input declared where cleaning found
 * nothing, canonicalises the URL and fingerprints the text. A record the cleaner cannot use, or one too short
 * to be an article, becomes a dead letter; so does one the cleaner fails on, which is logged as a bug.
 */
public final class ArticleAssembler {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleAssembler.class);

    private final ArticleCleaner cleaner;
    private final int minWords;
    private final Clock clock;

    public ArticleAssembler(ArticleCleaner cleaner, int minWords, Clock clock) {
        this.cleaner = cleaner;
        this.minWords = minWords;
        this.clock = clock;
    }

    public Step<Article> assemble(RawArticle raw) {
        CleanResult result = cleanSafely(raw);
        if (result instanceof CleanResult.Unusable unusable) {
            return Step.rejected(Rejections.of(raw, unusable.reason(), unusable.detail(), clock.instant()));
        }
        // the article counts its words as it is built; counting them here as well read every text twice
        Article article = article(raw, ((CleanResult.Cleaned) result).article());
        if (article.wordCount() < minWords) {
            return Step.rejected(Rejections.of(raw, RejectReason.NO_ARTICLE_TEXT, "cleaning left "
                    + article.wordCount() + " words, fewer than the " + minWords + " an article needs",
                    clock.instant()));
        }
        return Step.next(article);
    }

    private CleanResult cleanSafely(RawArticle raw) {
        try {
            return cleaner.clean(raw);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("cleaner failed on {} ({}); sending it to the dead-letter topic", raw.id(),
                    raw.source().describe(), e);
            return new CleanResult.Unusable(RejectReason.UNPROCESSABLE, "the cleaner failed: " + e);
        }
    }

    private static Article article(RawArticle raw, CleanedArticle cleaned) {
        Map<String, String> provenance = new HashMap<>(cleaned.provenance() == null ? Map.of() : cleaned.provenance());
        String title = firstNonBlank(cleaned.title(), raw.title(), provenance, "title");
        String published = firstNonBlank(cleaned.publishedAt(), raw.publishedAt(), provenance, "publishedAt");
        List<String> authors = cleaned.authors() != null && !cleaned.authors().isEmpty() ? cleaned.authors()
                : raw.authors();
        String url = raw.url() != null ? raw.url() : raw.source().url();
        String canonical = CanonicalUrls.canonicalise(cleaned.canonicalUrl())
                .or(() -> CanonicalUrls.canonicalise(url)).orElse(null);
        return Article.builder(raw.id(), raw.source())
                .url(url)
                .canonicalUrl(canonical)
                .title(title)
                .text(cleaned.text())
                .language(cleaned.language())
                .publishedAt(published)
                .modifiedAt(cleaned.modifiedAt())
                .authors(authors)
                .siteName(cleaned.siteName() != null ? cleaned.siteName() : raw.metadata().get("siteName"))
                .description(cleaned.description())
                .imageUrl(cleaned.imageUrl())
                .fingerprint(TextFingerprint.of(cleaned.text()))
                .provenance(provenance)
                .ingestedAt(raw.ingestedAt())
                .build();
    }

    private static String firstNonBlank(String found, String declared, Map<String, String> provenance, String field) {
        if (found != null && !found.isBlank()) {
            return found;
        }
        if (declared != null && !declared.isBlank()) {
            provenance.put(field, "input");
            return declared;
        }
        return null;
    }
}
