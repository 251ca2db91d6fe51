package io.newsflow.processing.clean.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlocksTest {
    @Test
    void shouldCutLinesAndHashThemAsSeparateCallsWould() {
        for (String body : List.of("", "\n", "one line", "a\nb", "a\n\n\nb\n", "\n© 2024 The Gazette\r\n12 comments\n ",
                "Der Bürgermeister sagte 42-mal: „Nein“.\nÉté 2025 — fin")) {
            assertSameAsSeparateCalls(body);
        }
    }

    @Test
    void shouldAgreeWithSeparateCallsOnRandomBodies() {
        Random random = new Random(7);
        String alphabet = "aZ9 \n\r\t.,é—’\u00A0x";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsSeparateCalls(body.toString());
        }
    }

    @Test
    void shouldCountOnlyLinesThatAreBlocks() {
        Blocks blocks = Blocks.of("Title\n   \n" + "x".repeat(SiteTemplates.MAX_BLOCK_CHARS + 1) + "\nend");
        assertThat(List.of(blocks.isBlock(0), blocks.isBlock(1), blocks.isBlock(2), blocks.isBlock(3)))
                .containsExactly(true, false, false, true);
    }

    private static void assertSameAsSeparateCalls(String body) {
        Blocks blocks = Blocks.of(body);
        List<String> lines = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            lines.add(blocks.line(i));
            hashes.add(blocks.hash(i));
        }
        List<Long> expected = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            expected.add(BlockHash.of(line));
        }
        assertThat(lines).as(body).containsExactly(body.split("\n", -1));
        assertThat(hashes).as(body).isEqualTo(expected);
        assertThat(blocks.bodyHash()).as(body).isEqualTo(BlockHash.of(body));
        assertThat(blocks.body()).isSameAs(body);
    }
}
