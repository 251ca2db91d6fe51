package io.newsflow.processing.clean.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionLabelsTest {
    @Test
    void shouldRecogniseLabelsOfSectionsAfterTheArticle() {
        assertThat(SectionLabels.isTrailingLabel("Related Posts")).isTrue();
        assertThat(SectionLabels.isTrailingLabel("You may also like")).isTrue();
        assertThat(SectionLabels.isTrailingLabel("More from The Valley Post")).isTrue();
        assertThat(SectionLabels.isTrailingLabel("About the Author")).isTrue();
        assertThat(SectionLabels.isTrailingLabel("Comments (12)")).isTrue();
        assertThat(SectionLabels.isTrailingLabel("Editor’s picks")).isTrue();
        assertThat(SectionLabels.isTrailingLabel("Related blog posts")).isTrue();
    }

    @Test
    void shouldNotTakeArticleHeadingsOrInlinePointersForLabels() {
        assertThat(SectionLabels.isTrailingLabel("Recommended configuration")).isFalse();
        assertThat(SectionLabels.isTrailingLabel("Related: How the floods reshaped the valley")).isFalse();
        assertThat(SectionLabels.isTrailingLabel("Related investing")).isFalse();
        assertThat(SectionLabels.isTrailingLabel("More college essay topics")).isFalse();
        assertThat(SectionLabels.isTrailingLabel("Comments from the minister were brief and to the point")).isFalse();
        assertThat(SectionLabels.isTrailingLabel("")).isFalse();
    }

    @Test
    void shouldRecogniseAdSlotLabels() {
        assertThat(SectionLabels.isAdLabel(Tokens.of("Advertisement"))).isTrue();
        assertThat(SectionLabels.isAdLabel(Tokens.of("ADVERTISEMENT - scroll to continue"))).isTrue();
        assertThat(SectionLabels.isAdLabel(Tokens.of("Advertising revenue fell by a fifth last year"))).isFalse();
    }
}
