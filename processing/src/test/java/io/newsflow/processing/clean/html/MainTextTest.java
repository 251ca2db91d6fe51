package io.newsflow.processing.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lenient pass stops once its box cannot win: that test must never turn away a text that would have won. */
class MainTextTest {
    @Test
    void shouldCallBeatableEveryTextThatWouldBeBetter() {
        String[] texts = {"", "short", "x".repeat(HtmlPageExtractor.RETRY_BELOW_CHARS - 1),
            "x".repeat(HtmlPageExtractor.RETRY_BELOW_CHARS), "x".repeat(5000)};
        double[] proses = {0, 1, 499.5, 1000, 1999, 2000, 4000, 10_000};
        for (String strictText : texts) {
            for (double strictProse : proses) {
                HtmlPageExtractor.MainText strict = new HtmlPageExtractor.MainText(strictText, strictProse);
                for (String text : texts) {
                    for (double prose : proses) {
                        HtmlPageExtractor.MainText lenient = new HtmlPageExtractor.MainText(text, prose);
                        if (lenient.betterThan(strict)) {
                            assertThat(strict.beatableBy(prose)).as(strictText.length() + "/" + strictProse
                                    + " by " + text.length() + "/" + prose).isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void shouldNotCallBeatableALongTextByABoxWithLittleMoreProse() {
        HtmlPageExtractor.MainText strict = new HtmlPageExtractor.MainText("x".repeat(800), 1500);

        assertThat(strict.beatableBy(2999)).isFalse();
        assertThat(strict.beatableBy(3000)).isTrue();
    }
}
