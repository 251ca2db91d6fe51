package io.newsflow.processing.tag.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Keyword;
import io.newsflow.processing.tag.TermStatistics;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {
    private static final String TEXT = "The central bank raised interest rates again on Tuesday. Interest rates "
            + "are now at 5.25%, and the bank said inflation remained too high. Mortgage holders face higher "
            + "costs as interest rates climb, the bank warned.";

    /** Background: "bank" is common, "mortgage" rare, any other word as common as an everyday word. */
    private static final TermStatistics BACKGROUND = stats(10_000, Map.of("bank", 2_000L, "mortgage", 5L,
            "interest", 800L, "rates", 900L, "interest rates", 300L, "inflation", 400L));

    @Test
    void shouldRankDistinctivePhrasesAndWordsWithoutStopWordsOrNumbers() {
        var keywords = new KeywordExtractor(BACKGROUND, 100, 5).extract("Bank raises rates", TEXT,
                TermStatistics.empty());

        assertThat(keywords).extracting(Keyword::term).contains("interest rates")
                .doesNotContain("the", "said", "5.25", "25", "interest");
        assertThat(keywords).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void shouldUseTheStreamStatisticsOnceTheStreamHasEnoughDocuments() {
        TermStatistics stream = stats(500, Map.of("bank", 1L, "interest rates", 400L, "interest", 400L,
                "rates", 400L));
        var fromStream = new KeywordExtractor(BACKGROUND, 100, 3).extract("", TEXT, stream);
        var fromBackground = new KeywordExtractor(BACKGROUND, 1_000, 3).extract("", TEXT, stream);

        assertThat(fromStream.get(0).term()).isEqualTo("bank");
        assertThat(fromBackground.get(0).term()).isNotEqualTo("bank");
    }

    private static TermStatistics stats(long documents, Map<String, Long> df) {
        return new TermStatistics() {
            @Override
            public long documents() {
                return documents;
            }

            @Override
            public long documentFrequency(String term) {
                return df.getOrDefault(term, documents / 50);
            }
        };
    }
}
