package io.newsflow.processing.clean.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.RawArticle;
import io.newsflow.model.kafka.JsonSerde;
import io.newsflow.processing.clean.ArticleCleaner;
import io.newsflow.processing.clean.ArticleCleaners;
import io.newsflow.processing.clean.CleanResult;
import io.newsflow.processing.clean.CleanedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateLearningCleanerTest {
    private static final String FOOTER = "The Harbour Gazette is an independent newspaper";
    private static final String APPEAL = "We rely on readers like you";
    private static final String TEXT_FOOTER = "The Valley Courier has covered the farms";

    private final ArticleCleaner stateless = ArticleCleaners.standard();
    private final MapStore store = new MapStore();
    private final ArticleCleaner cleaner = new TemplateLearningCleaner(stateless, store, TemplateSettings.DEFAULT,
            Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC));

    @Test
    void shouldDropFooterAndAppealEveryArticleOfTheSiteRepeatsOnceLearned() {
        List<RawArticle> pages = SyntheticSite.htmlPages("www.gazette.example", 20);
        assertThat(text(stateless, pages.get(0))).contains(FOOTER, APPEAL);

        List<String> texts = cleanAll(pages);

        assertThat(texts.subList(0, 4)).allSatisfy(t -> assertThat(t).contains(FOOTER, APPEAL));
        assertThat(texts.subList(5, 20)).allSatisfy(t -> assertThat(t).doesNotContain(FOOTER, APPEAL));
        for (int i = 0; i < pages.size(); i++) {
            assertThat(texts.get(i)).contains(firstSentence(i));
        }
    }

    @Test
    void shouldMarkTheBodyProvenanceWhenATemplateWasRemoved() {
        List<RawArticle> pages = SyntheticSite.htmlPages("gazette.example", 8);
        pages.subList(0, 7).forEach(cleaner::clean);

        CleanedArticle last = ((CleanResult.Cleaned) cleaner.clean(pages.get(7))).article();

        assertThat(last.provenance().get("text")).endsWith(TemplateLearningCleaner.TEMPLATE);
    }

    @Test
    void shouldDropRepeatedLinesOfPlainTextPagesFromOneFolder() {
        List<RawArticle> pages = SyntheticSite.textPages("feeds/valley-courier", 20);
        assertThat(text(stateless, pages.get(0))).contains(TEXT_FOOTER);

        List<String> texts = cleanAll(pages);

        assertThat(texts.subList(5, 20)).allSatisfy(t -> assertThat(t).doesNotContain(TEXT_FOOTER));
        assertThat(texts.get(19)).contains(firstSentence(19));
    }

    @Test
    void shouldNotLearnFromTheSameArticleReplayedManyTimes() {
        RawArticle page = SyntheticSite.htmlPages("gazette.example", 1).get(0);

        List<String> texts = cleanAll(java.util.Collections.nCopies(10, page));

        assertThat(texts).allSatisfy(t -> assertThat(t).contains(FOOTER, APPEAL));
        assertThat(store.get("gazette.example").articles()).isEqualTo(1);
    }

    @Test
    void shouldKeepSitesApart() {
        cleanAll(SyntheticSite.htmlPages("gazette.example", 10));

        String other = text(cleaner, SyntheticSite.htmlPages("other.example", 1).get(0));

        assertThat(other).contains(FOOTER, APPEAL);
        assertThat(store.sites()).containsOnlyKeys("gazette.example", "other.example");
    }

    @Test
    void shouldKeepTheStoredStateBoundedAndSerializable() {
        cleanAll(SyntheticSite.htmlPages("gazette.example", 200));
        TemplateStats stats = store.get("gazette.example");
        JsonSerde<TemplateStats> serde = JsonSerde.of(TemplateStats.class);

        assertThat(stats.blocks()).hasSizeLessThanOrEqualTo(TemplateSettings.DEFAULT.maxBlocks());
        assertThat(stats.recent()).hasSize(TemplateSettings.DEFAULT.recentArticles());
        assertThat(stats.updatedMillis()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z").toEpochMilli());
        assertThat(serde.fromBytes(serde.toBytes(stats))).isEqualTo(stats);
        assertThat(serde.toBytes(stats).length).isLessThan(64 * 1024);
    }

    private List<String> cleanAll(List<RawArticle> pages) {
        List<String> texts = new ArrayList<>();
        pages.forEach(p -> texts.add(text(cleaner, p)));
        return texts;
    }

    private static String text(ArticleCleaner cleaner, RawArticle page) {
        CleanResult result = cleaner.clean(page);
        assertThat(result).isInstanceOf(CleanResult.Cleaned.class);
        return ((CleanResult.Cleaned) result).article().text();
    }

    private static String firstSentence(int seed) {
        String paragraphs = SyntheticSite.paragraphs(seed, "", "");
        return paragraphs.substring(0, paragraphs.indexOf(','));
    }

    /** The test's store: a map, as the job's is a key-value store. */
    private static final class MapStore implements TemplateStore {
        private final Map<String, TemplateStats> stats = new HashMap<>();

        @Override
        public TemplateStats get(String site) {
            return stats.getOrDefault(site, TemplateStats.EMPTY);
        }

        @Override
        public void put(String site, TemplateStats value) {
            stats.put(site, value);
        }

        Map<String, TemplateStats> sites() {
            return stats;
        }
    }
}
