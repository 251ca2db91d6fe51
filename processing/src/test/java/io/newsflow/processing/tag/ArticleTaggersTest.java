package io.newsflow.processing.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.model.Entity;
import io.newsflow.processing.tag.topic.TopicRuleSource;
import io.newsflow.processing.tag.topic.TopicRules;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleTaggersTest {
    private static final ArticleTagger TAGGER = ArticleTaggers.standard();

    @Test
    void shouldTagEverySeedAsPoliticsOrWorld() {
        for (String id : Fixtures.SEEDS) {
            Tags tags = TAGGER.tag("", Fixtures.seed(id), TermStatistics.empty());
            assertThat(tags.category()).as(id).isIn("politics", "world");
        }
    }

    @Test
    void shouldScoreTheTenDefaultCategoriesSummingToOne() {
        Tags tags = TAGGER.tag("Bank holds rates", "The central bank kept interest rates on hold.",
                TermStatistics.empty());
        assertThat(tags.categories()).containsOnlyKeys("politics", "world", "business", "technology", "science",
                "health", "sport", "entertainment", "crime", "environment");
        assertThat(tags.categories().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                within(1e-9));
        assertThat(tags.category()).isEqualTo("business");
    }

    @Test
    void shouldTagEntitiesKeywordsAndTopicsOfOneArticle() {
        ArticleTagger tagger = ArticleTaggers.builder()
                .topics(TopicRuleSource.fixed(TopicRules.of(Map.of(
                        "kremlin-summits", "any of [Kremlin, Putin] and any of [summit, meeting]",
                        "fed", "any of [\"Federal Reserve\", \"interest rates\"]"))))
                .build();
        Tags tags = tagger.tag("", Fixtures.seed("003_b966c93707d68b13"), TermStatistics.empty());
        assertThat(tags.entities()).extracting(Entity::name).contains("Donald Trump", "Vladimir Putin", "Kremlin");
        assertThat(tags.keywords()).isNotEmpty();
        assertThat(tags.topics()).singleElement().satisfies(m -> {
            assertThat(m.topic()).isEqualTo("kremlin-summits");
            assertThat(m.because()).contains("entity:Kremlin", "entity:Vladimir Putin");
        });
    }

    @Test
    void shouldCountDistinctWordsAndPhrasesOfHeadlineAndBody() {
        assertThat(TAGGER.countedTerms("Interest rates rise", "Interest rates rose again, the bank said."))
                .containsExactlyInAnyOrder("interest", "rates", "interest rates", "rise", "rates rise", "rose",
                        "rates rose", "bank");
    }
}
