package io.newsflow.processing.dedup.near;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.model.config.ProcessingSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static final String STORY = Fixtures.text("bridge.txt");
    private static final String OTHER_ARTICLE = Fixtures.text("bridge-other-article.txt");
    private final NearDuplicates near = NearDuplicates.of(ProcessingSettings.DEFAULT);

    @Test
    void shouldKeepDigitsAsWordsInShingles() {
        long[] twelve = Shingles.of("revenue rose to 12 million pounds", 3).hashes();
        long[] thirteen = Shingles.of("revenue rose to 13 million pounds", 3).hashes();

        assertThat(twelve).hasSize(4);
        assertThat(List.of(box(twelve))).containsOnlyOnce(box(thirteen)[0]).doesNotContain(box(thirteen)[2]);
    }

    @Test
    void shouldIgnoreCaseQuotesAndLineWrapsInShingles() {
        assertThat(Shingles.of("“Nobody wants to close\na bridge,” she said", 3).hashes())
                .isEqualTo(Shingles.of("\"nobody wants to close a bridge\" SHE SAID", 3).hashes());
    }

    @Test
    void shouldSendTheBandsInAsManyBucketsAsConfigured() {
        ProcessingSettings six = new ProcessingSettings(ProcessingSettings.DEFAULT.dedupWindow(), 1, 0, 20, 0.6, 128,
                32, 40, 6, ProcessingSettings.DEFAULT_STATE_MEMORY_BYTES);

        assertThat(near.buckets()).isEqualTo(ProcessingSettings.DEFAULT_NEAR_DUPLICATE_BUCKETS);
        assertThat(NearDuplicates.of(six).buckets()).isEqualTo(6);
    }

    @Test
    void shouldEstimateTheExactJaccardSimilarity() {
        String edited = Transformations.HEAVY_EDITS.apply(STORY, new Random(1));

        Explanation explained = near.explain(STORY, edited);

        assertThat(explained.exactJaccard()).as("a pair that is neither equal nor unrelated").isBetween(0.2, 0.97);
        assertThat(explained.similarity().jaccard()).isCloseTo(explained.exactJaccard(), within(0.12));
    }

    @Test
    void shouldCollideInEveryBandForTheSameTextAndInNoneForAnotherText() {
        assertThat(near.explain(STORY, STORY.replace("\n", " ")).bandCollisions()).hasSize(near.bands());
        assertThat(near.explain(STORY, OTHER_ARTICLE).bandCollisions()).isEmpty();
    }

    @Test
    void shouldMakeOneBandKeyPerBandNamedByIndexAndHash() {
        List<String> keys = near.analyse(STORY).bandKeys();

        assertThat(keys).hasSize(ProcessingSettings.DEFAULT.lshBands());
        assertThat(keys.get(0)).matches("0:[0-9a-f]+");
        assertThat(keys.get(31)).startsWith("31:");
    }

    @Test
    void shouldFindACopyUnderAnotherSiteTemplateWithTypos() {
        Explanation explained = near.explain(STORY, Transformations.TEMPLATE_AND_TYPOS.apply(STORY, new Random(7)));

        assertThat(explained.nearDuplicate()).isTrue();
        assertThat(explained.similarity().score()).isGreaterThanOrEqualTo(0.6);
        assertThat(explained.sharedSample()).isNotEmpty();
        assertThat(explained.describe()).contains("near-duplicate", "band collisions");
    }

    @Test
    void shouldKeepTwoArticlesOnTheSameStoryApartEvenWithASharedQuote() {
        Explanation explained = near.explain(STORY, OTHER_ARTICLE);

        assertThat(explained.sharedShingles()).isGreaterThan(15);
        assertThat(explained.nearDuplicate()).isFalse();
        assertThat(explained.similarity().reason()).contains("below");
    }

    @Test
    void shouldNotCompareShortTexts() {
        String a = "Police arrested a man in Leeds on Tuesday after a stabbing outside a nightclub in the city centre.";
        String b = "Police arrested a man in York on Tuesday after a stabbing outside a nightclub in the city centre.";

        Explanation explained = near.explain(a, b);

        assertThat(explained.nearDuplicate()).isFalse();
        assertThat(explained.similarity().reason()).contains("fewer than 40 words");
    }

    @Test
    void shouldKeepNoticesFromOneTemplateApart() {
        Random random = new Random(3);
        for (int i = 0; i < 50; i++) {
            assertThat(near.explain(NegativePairs.earnings(random), NegativePairs.earnings(random)).nearDuplicate())
                    .isFalse();
        }
    }

    @Test
    void shouldFindTransformedCopiesAndNoHardNegativesInLabelledPairs() {
        Random random = new Random(11);
        List<String> articles = List.of(STORY, OTHER_ARTICLE);
        int found = 0;
        int positives = 0;
        List<String> falsePositives = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (String article : articles) {
                for (Transformations t : Transformations.values()) {
                    positives++;
                    found += near.explain(article, t.apply(article, random)).nearDuplicate() ? 1 : 0;
                }
            }
            String quoting = NegativePairs.quoting(STORY, OTHER_ARTICLE, random, 3);
            List<String[]> negatives = List.of(new String[] {STORY, quoting},
                    new String[] {NegativePairs.result(random), NegativePairs.result(random)},
                    new String[] {NegativePairs.earnings(random), NegativePairs.earnings(random)});
            for (String[] pair : negatives) {
                if (near.explain(pair[0], pair[1]).nearDuplicate()) {
                    falsePositives.add(pair[1]);
                }
            }
        }
        assertThat(falsePositives).isEmpty();
        assertThat((double) found / positives).isGreaterThanOrEqualTo(0.97);
    }

    private static Long[] box(long[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Long[]::new);
    }
}
