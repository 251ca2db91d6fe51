package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ArticleBodyGuideTest {
    private static final String SHOPPING = "Our pick of waterproof boots";

    @Test
    void shouldHashEachTokenAsItsLowerCaseString() {
        String text = "The RIVER rose 3m in 2021; Ärger at İstanbul's ΣΟΦΙΑ straße, Hello123 and \u00BDmile";
        java.util.List<Integer> expected = new java.util.ArrayList<>();
        for (java.util.regex.MatchResult m : java.util.regex.Pattern.compile("[\\p{L}\\p{Nd}]+").matcher(text)
                .results().toList()) {
            expected.add(m.group().toLowerCase(java.util.Locale.ROOT).hashCode());
        }

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(ArticleBodyGuide.tokens(text)).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void shouldDropABoxInsideTheArticleThatTheDeclaredArticleBodyDoesNotHave() throws IOException {
        String text = clean(fixture("article-body-guide.html"), null).text();

        assertThat(text).startsWith("The river authority opened").endsWith("under a new plan.")
                .contains("Farmers along the valley").doesNotContain(SHOPPING, "rain jackets");
    }

    @Test
    void shouldKeepThatBoxWithoutADeclaredArticleBody() throws IOException {
        String page = fixture("article-body-guide.html").replaceAll("(?s)<script.*?</script>", "");

        assertThat(clean(page, null).text()).contains(SHOPPING);
    }

    @Test
    void shouldNotGuideWithATeaserArticleBody() throws IOException {
        String page = fixture("article-body-guide.html")
                .replaceAll("\"articleBody\": \"[^\"]*\"", "\"articleBody\": \"The river authority opened the gates.\"");

        assertThat(clean(page, null).text()).contains(SHOPPING, "under a new plan.");
    }

    @Test
    void shouldDropTableOfContentsAndItsLabelButKeepTheSections() throws IOException {
        String text = clean(fixture("table-of-contents.html"), null).text();

        assertThat(text).startsWith("Root vegetables keep for months")
                .containsSubsequence("Choosing a place", "A cellar", "Boxes of sand", "Carrots", "Checking the store")
                .doesNotContain("Contents");
        assertThat(text.indexOf("Choosing a place")).isEqualTo(text.lastIndexOf("Choosing a place"));
    }
}
