package io.newsflow.processing.clean.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A set of pages' scores as the dev set defines them: P is the mean of per-page precision over pages with a
 * non-empty prediction, R the mean of per-page recall over pages with a non-empty truth, F1 their harmonic mean
 * (not a mean of per-page F1 values).
 */
public record Quality(double f1, double precision, double recall, int pages) {

    /** Aggregates per-page scores. */
    public static Quality of(Collection<PageScore> scores) {
        double p = mean(scores.stream().map(PageScore::precision).toList());
        double r = mean(scores.stream().map(PageScore::recall).toList());
        return new Quality(p + r == 0 ? 0 : 2 * p * r / (p + r), p, r, scores.size());
    }

    private static double mean(Collection<OptionalDouble> values) {
        double sum = 0;
        int n = 0;
        for (OptionalDouble v : values) {
            if (v.isPresent()) {
                sum += v.getAsDouble();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "F1=%.5f P=%.5f R=%.5f N=%d", f1, precision, recall, pages);
    }
}
