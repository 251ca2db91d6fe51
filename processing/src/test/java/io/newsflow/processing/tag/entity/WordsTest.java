package io.newsflow.processing.tag.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordsTest {
    /** Capitals, small letters, marks, numbers of all three kinds, the word joiners, dots, commas, spaces, others. */
    private static final int[] ALPHABET = {'A', 'U', 'S', 'É', 'Σ', 'ǅ', 'a', 'z', 'é', 'ß', 'ʼ', '中', 'ا', '\u0301',
        '\u20DD', '\u0903', '0', '7', '٣', 'Ⅻ', '²', '½', '\'', '’', '-', '.', ',', ' ', '\n', '“', '!', '&', '$',
        0x1D400, 0x1D41A, 0x1D7CE, 0x10400, '\uD800'};

    @Test
    void shouldFindTheWordsTheExpressionFindsInRandomText() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.appendCodePoint(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            assertThat(words(text.toString())).as("%s", text).isEqualTo(expected(text.toString()));
        }
    }

    @Test
    void shouldFindTheWordsTheExpressionFindsInTheSeeds() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/seeds"))) {
            for (Path seed : seeds.toList()) {
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                assertThat(words(text)).as("%s", seed).isEqualTo(expected(text)).hasSizeGreaterThan(100);
            }
        }
    }

    @Test
    void shouldReadInitialsNumbersAndJoinedWords() {
        assertThat(words("The U.S. and U.K. rose 1,200.5% — O'Brien's well-known A.I"))
                .containsExactly("The", "U.S.", "and", "U.K.", "rose", "1,200.5", "O'Brien's", "well-known", "A", "I");
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (int start = Words.start(text, 0); start >= 0; start = Words.start(text, Words.end(text, start))) {
            out.add(text.substring(start, Words.end(text, start)));
        }
        return out;
    }

    private static List<String> expected(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CandidateScanner.WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
