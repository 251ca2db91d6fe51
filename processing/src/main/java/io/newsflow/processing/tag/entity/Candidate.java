package io.newsflow.processing.tag.entity;

import java.util.List;

/**
 * A run of capitalised words found in the text.
 *
 * @param tokens          the words, possessive {@code 's} removed
 * @param surface         the run as written (minus leading function words), reported as a mention
 * @param sentenceInitial true when the run starts a sentence, where capitals say little
 */
record Candidate(List<String> tokens, String surface, boolean sentenceInitial) {
    Candidate {
        tokens = List.copyOf(tokens);
    }

    String text() {
        return String.join(" ", tokens);
    }
}
