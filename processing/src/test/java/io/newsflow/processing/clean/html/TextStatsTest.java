package io.newsflow.processing.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextStatsTest {
    private static final String HTML = "<div id=root><p>One,  two and <a href=#>three links</a>.</p>"
            + "<ul><li><a href=/a>Alpha</a></li><li>Beta,\u00A0gamma</li></ul><span>\n  tail  </span></div>";

    @Test
    void shouldMeasureTheSameInTheSelectorsWalkAsInItsOwn() {
        Element root = Jsoup.parse(HTML).getElementById("root");
        TextStats own = TextStats.measure(root);
        TextStats shared = new TextStats();
        BlockSumSelector.choose(root, shared);

        for (Element e : root.getAllElements()) {
            assertThat(shared.of(e).chars).as(e.tagName()).isEqualTo(own.of(e).chars);
            assertThat(shared.of(e).linkChars).as(e.tagName()).isEqualTo(own.of(e).linkChars);
            assertThat(shared.of(e).commas).as(e.tagName()).isEqualTo(own.of(e).commas);
        }
    }

    @Test
    void shouldCountInnerAndTrailingWhiteSpaceRunsAsOneCharacterAndLeadingAsNone() {
        assertThat(TextStats.visibleChars("a \u00A0\n b")).isEqualTo(3);
        assertThat(TextStats.visibleChars("  café  ")).isEqualTo(5);
    }

    @Test
    void shouldMeasureLinksAndCommas() {
        Element root = Jsoup.parse(HTML).getElementById("root");
        TextStats.Counts p = TextStats.measure(root).of(root.selectFirst("p"));

        assertThat(p.linkChars).isEqualTo("three links".length());
        assertThat(p.commas).isEqualTo(1);
    }

    @Test
    void shouldKnowEachElementsFirstTableAsASearchOfItsSubtreeFindsIt() {
        Element root = Jsoup.parse("<div id=root><section><p>Intro</p><div><table id=t1><tr><td><table id=t2>"
                + "<tr><td>x</td></tr></table></td></tr></table></div></section><table id=t3><tr><td>y</td></tr>"
                + "</table><p>No table here</p></div>").getElementById("root");
        TextStats stats = new TextStats();
        BlockSumSelector.choose(root, stats);

        for (Element e : root.getAllElements()) {
            assertThat(stats.of(e).firstTable).as(e.tagName() + "#" + e.id()).isSameAs(e.selectFirst("table"));
        }
    }
}
