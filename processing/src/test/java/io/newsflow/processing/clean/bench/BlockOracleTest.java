package io.newsflow.processing.clean.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockOracleTest {

    @Test
    void shouldCutAPageIntoItsBlocksInOrderLeavingOutWhatIsNotShown() {
        List<PageBlocks.Block> blocks = PageBlocks.of(Jsoup.parse("<body><div>Lead <b>bold</b> text<script>x()</script>"
                + "<p>Inner <a href=#>link</a></p>tail</div><figure><figcaption>Cap</figcaption></figure></body>"));

        assertThat(blocks).extracting(PageBlocks.Block::text).containsExactly("Lead bold text tail", "Inner link", "Cap");
        assertThat(blocks.get(2).within("figcaption")).isTrue();
    }

    @Test
    void shouldCountAPageRepeatingABlockOnlyAsOftenAsTheTruthHasIt() {
        List<PageBlocks.Block> blocks = PageBlocks.of(Jsoup.parse("<p>one two three four five six</p>"
                + "<p>one two three four five six</p><p>Boats return</p><p>Home News</p>"));

        boolean[] in = BlockOracle.label(blocks, "one two three four five six\n\nBoats return");

        assertThat(in).containsExactly(true, false, true, false);
    }

    @Test
    void shouldReachTheTruthOnPagesWhoseTruthIsMadeOfWholeBlocks() throws Exception {
        List<DevPage> pages = DevSet.load(QualityReportTest.devSet());

        BlockOracle oracle = BlockOracle.of(pages);

        assertThat(QualityReport.of(pages, oracle.predictions()).get(0).quality().f1()).isEqualTo(1.0);
    }

    @Test
    void shouldShowWhatDecidingCaptionsAlikeOnEveryPageCosts() throws Exception {
        List<DevPage> pages = DevSet.load(QualityReportTest.devSet());
        BlockOracle oracle = BlockOracle.of(pages);

        Map<String, String> kept = oracle.forced(BlockOracle.Kind.CAPTION, true);
        Map<String, String> dropped = oracle.forced(BlockOracle.Kind.CAPTION, false);

        // the harbour page's truth leaves its caption out, the library page's keeps it
        assertThat(kept.get("harbour")).contains("The repaired sea wall");
        assertThat(QualityReport.of(pages, kept).get(0).quality().precision()).isLessThan(1.0);
        assertThat(dropped.get("library")).doesNotContain("Children in the new reading room");
        assertThat(QualityReport.of(pages, dropped).get(0).quality().recall()).isLessThan(1.0);
    }
}
