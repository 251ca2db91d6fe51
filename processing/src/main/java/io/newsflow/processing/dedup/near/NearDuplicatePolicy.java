package io.newsflow.processing.dedup.near;

import io.newsflow.model.config.ProcessingSettings;

/**
 * When two fingerprints are near-duplicates. The score is the estimated Jaccard similarity of the shingle sets,
 * or, when the smaller text is at least {@link #MIN_SIZE_RATIO} of the larger, the estimated containment of the
 * smaller in the larger (a copy with a paragraph dropped or a site's boilerplate added). Confirmed at the
 * threshold, and only when:
 * <ul>
 *   <li>both texts have at least the minimum words (short texts are only deduplicated exactly), and</li>
 *   <li>the names and numbers of the smaller agree with the larger's ({@link SalientTokens}): templated
 *       notices share their template, not their names and figures; a copy under a site's template only adds
 *       some.</li>
 * </ul>
 */
public final class NearDuplicatePolicy {
    /** Containment counts only between texts of comparable length: a brief is not a copy of the long story. */
    public static final double MIN_SIZE_RATIO = 0.5;
    /** Below this share of common names and numbers, two similar texts are two notices from one template. */
    public static final double MIN_SALIENT = 0.6;
    /** Texts with more names (or numbers) than this are articles, not notices: the check does not apply. */
    public static final int MAX_SALIENT_TOKENS = 2 * SalientTokens.SKETCH_SIZE;
    /** Fewer names than this in either text tells nothing about them. */
    public static final int MIN_SALIENT_TOKENS = 4;
    /** Fewer numbers than this in either text tells nothing about them. */
    public static final int MIN_NUMBERS = 3;

    private final double threshold;
    private final int minWords;

    public NearDuplicatePolicy(double threshold, int minWords) {
        this.threshold = threshold;
        this.minWords = minWords;
    }

    public static NearDuplicatePolicy of(ProcessingSettings settings) {
        return new NearDuplicatePolicy(settings.nearDuplicateThreshold(), settings.nearDuplicateMinWords());
    }

    public double threshold() {
        return threshold;
    }

    public int minWords() {
        return minWords;
    }

    /** Whether a text is long enough to be compared at all. */
    public boolean eligible(int words) {
        return words >= minWords;
    }

    public Similarity compare(NearFingerprint a, NearFingerprint b) {
        double jaccard = a.jaccard(b);
        double containment = containment(jaccard, a.shingles(), b.shingles());
        double names = judged(a.nameCount(), b.nameCount(), MIN_SALIENT_TOKENS)
                ? SalientTokens.overlap(a.names(), a.nameCount(), b.names(), b.nameCount()) : 1.0;
        double numbers = judged(a.numberCount(), b.numberCount(), MIN_NUMBERS)
                ? SalientTokens.overlap(a.numbers(), a.numberCount(), b.numbers(), b.numberCount()) : 1.0;
        double salient = Math.min(names, numbers);
        double ratio = (double) Math.min(a.shingles(), b.shingles()) / Math.max(a.shingles(), b.shingles());
        double score = ratio >= MIN_SIZE_RATIO ? Math.max(jaccard, containment) : jaccard;
        return new Similarity(jaccard, containment, salient, score, false, "")
                .withVerdict(verdict(a, b, score, salient));
    }

    private String verdict(NearFingerprint a, NearFingerprint b, double score, double salient) {
        if (!eligible(a.words()) || !eligible(b.words())) {
            return "not compared: fewer than " + minWords + " words";
        }
        if (score < threshold) {
            return "different: similarity below " + threshold;
        }
        if (salient < MIN_SALIENT) {
            return "different: same template, other names and numbers";
        }
        return DUPLICATE;
    }

    static final String DUPLICATE = "near-duplicate";

    /**
     * Names or numbers tell apart notices: short texts with a handful of each. In a long article a few changed
     * names do not make another article, and the sketch no longer holds them all.
     */
    private static boolean judged(int countA, int countB, int least) {
        return Math.min(countA, countB) >= least && Math.max(countA, countB) <= MAX_SALIENT_TOKENS;
    }

    /** |A ∩ B| / min(|A|, |B|), from the Jaccard estimate and the set sizes. */
    static double containment(double jaccard, int sizeA, int sizeB) {
        double intersection = jaccard * (sizeA + sizeB) / (1 + jaccard);
        return Math.min(1, intersection / Math.min(sizeA, sizeB));
    }
}
