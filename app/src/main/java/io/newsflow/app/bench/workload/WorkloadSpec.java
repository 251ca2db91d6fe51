package io.newsflow.app.bench.workload;

import io.newsflow.model.Checks;

/**
 * What to generate.
 *
 * @param kind           text pages or HTML pages
 * @param records        how many records
 * @param seed           the same seed always gives the same records
 * @param exactShare     share of records that repeat an earlier record exactly (a re-crawl)
 * @param nearShare      share of records that are a rewrite of an earlier one (another outlet's copy)
 * @param textBytes      the approximate size of a text page
 * @param minPageBytes   the smallest HTML page
 * @param maxPageBytes   the largest HTML page (sizes are log-uniform in between)
 * @param recordsPerFile records per JSON Lines file
 */
public record WorkloadSpec(Kind kind, int records, long seed, double exactShare, double nearShare, int textBytes,
                           int minPageBytes, int maxPageBytes, int recordsPerFile) {
    /** Text pages of about 5 KB, HTML pages of 20 to 200 KB. */
    public static WorkloadSpec of(Kind kind, int records, long seed, double exactShare, double nearShare) {
        return new WorkloadSpec(kind, records, seed, exactShare, nearShare, 5 * 1024, 20 * 1024, 200 * 1024,
                kind == Kind.TEXT ? 500 : 50);
    }

    public WorkloadSpec {
        Checks.notNull(kind, "kind");
        if (records < 0) {
            throw new IllegalArgumentException("records must be 0 or more, was " + records);
        }
        if (exactShare < 0 || nearShare < 0 || exactShare + nearShare > 0.9) {
            throw new IllegalArgumentException("exactShare and nearShare must be 0 or more and add up to 0.9 at most,"
                    + " were " + exactShare + " and " + nearShare);
        }
        Checks.positive(textBytes, "textBytes");
        Checks.positive(minPageBytes, "minPageBytes");
        if (maxPageBytes < minPageBytes) {
            throw new IllegalArgumentException("maxPageBytes must be minPageBytes or more, was " + maxPageBytes);
        }
        Checks.positive(recordsPerFile, "recordsPerFile");
    }

    public WorkloadSpec withRecords(int count) {
        return new WorkloadSpec(kind, count, seed, exactShare, nearShare, textBytes, minPageBytes, maxPageBytes,
                recordsPerFile);
    }

    /** The two kinds of records. */
    public enum Kind {
        TEXT("text"), HTML("html");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** The JSON Lines field that holds the content. */
        public String field() {
            return field;
        }
    }
}
