package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A section a responsive page renders twice appears once in the text; short repeats of the article's own stay. */
class RepeatedRunsTest {
    @Test
    void shouldKeepOneCopyOfASectionRenderedTwice() throws IOException {
        String text = clean(fixture("responsive-duplicate-section.html"), null).text();

        assertThat(text.split("Labour is about sixty per cent", -1)).hasSize(2);
        assertThat(text.split("Materials make up most of the rest", -1)).hasSize(2);
        assertThat(text).startsWith("A kitchen remodel").endsWith("around that visit.");
    }

    @Test
    void shouldKeepRepeatedShortParagraphs() {
        String text = "Pros\n\nLight and quiet.\n\nCons\n\nNo timer.\n\nPros\n\nLight and quiet.\n\nCons\n\nSlow.";

        assertThat(RepeatedRuns.drop(text)).isEqualTo(text);
    }

    @Test
    void shouldKeepParagraphsThatOnlyBeginAlike() {
        String opening = "The council will decide on the new bridge over the river at its meeting ";
        String text = opening + "in May, after the survey.\n\n" + opening + "in June, after the vote.\n\n"
                + "Residents may write to the council before then.\n\n" + opening + "in May, after the survey.\n\n"
                + opening + "in July, whatever the vote.";

        assertThat(RepeatedRuns.drop(text)).isEqualTo(text);
    }

    @Test
    void shouldKeepTextWithoutRepeats() {
        String text = "One paragraph.\n\nAnother paragraph.\n\nA third one.\n\nAnd a fourth.";

        assertThat(RepeatedRuns.drop(text)).isSameAs(text);
    }
}
