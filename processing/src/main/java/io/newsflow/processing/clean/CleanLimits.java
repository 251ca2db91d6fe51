package io.newsflow.processing.clean;

/**
 * The bounds cleaning works within; content beyond them is refused as {@code unprocessable}, never half-read.
 *
 * @param maxChars    largest content, in characters, that is parsed at all
 * @param maxDepth    deepest element nesting an HTML page may have
 * @param maxElements most elements an HTML page may have
 * @param minWords    fewest words a body must have; fewer is {@code no-article-text}
 */
public record CleanLimits(int maxChars, int maxDepth, int maxElements, int minWords) {
    /** 8 M characters, 1,000 levels, 400,000 elements, 1 word. */
    public static final CleanLimits DEFAULT = new CleanLimits(8_000_000, 1_000, 400_000, 1);

    public CleanLimits {
        io.newsflow.model.Checks.positive(maxChars, "maxChars");
        io.newsflow.model.Checks.positive(maxDepth, "maxDepth");
        io.newsflow.model.Checks.positive(maxElements, "maxElements");
        io.newsflow.model.Checks.positive(minWords, "minWords");
    }

    public CleanLimits withMinWords(int words) {
        return new CleanLimits(maxChars, maxDepth, maxElements, words);
    }
}
