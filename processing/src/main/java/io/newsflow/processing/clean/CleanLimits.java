package io.newsflow.processing.clean;

/**
 * The bounds cleaning works within; content beyond them is refused as {@code unprocessable}, never half-read.
 *
 * @param maxChars    largest content, in characters, that is parsed at all
 * @param maxDepth    deepest element nesting an HTML page may have
 * @param maxElements most elements an HTML page may have
 * @param minWords    fewest words a body must have; fewer is {@code no-article-text}
 * @param foldQuotes  whether typographic quotes and apostrophes in the body and title become ASCII ones
 *                    ({@code ‘’‚‛′} to {@code '}, {@code “”„‟″«»} to {@code "})
 */
public record CleanLimits(int maxChars, int maxDepth, int maxElements, int minWords, boolean foldQuotes) {
    /** 8 M characters, 1,000 levels, 400,000 elements, 1 word, quotes kept as written. */
    public static final CleanLimits DEFAULT = new CleanLimits(8_000_000, 1_000, 400_000, 1, false);

    public CleanLimits {
        io.newsflow.model.Checks.positive(maxChars, "maxChars");
        io.newsflow.model.Checks.positive(maxDepth, "maxDepth");
        io.newsflow.model.Checks.positive(maxElements, "maxElements");
        io.newsflow.model.Checks.positive(minWords, "minWords");
    }

    /** Limits that keep quotes as written. */
    public CleanLimits(int maxChars, int maxDepth, int maxElements, int minWords) {
        this(maxChars, maxDepth, maxElements, minWords, false);
    }

    public CleanLimits withMinWords(int words) {
        return new CleanLimits(maxChars, maxDepth, maxElements, words, foldQuotes);
    }

    public CleanLimits withFoldQuotes(boolean fold) {
        return new CleanLimits(maxChars, maxDepth, maxElements, minWords, fold);
    }
}
