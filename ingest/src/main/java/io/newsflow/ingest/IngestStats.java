package io.newsflow.ingest;

/**
 * What a scan or a replay did.
 *
 * @param filesSeen        article files found under the inputs
 * @param filesPublished   files whose records were published (wholly, or up to a stop)
 * @param filesSkipped     files not published because the ledger shows this version already published
 * @param filesIgnored     files in the input folders of a type ingest does not read (README, images)
 * @param filesDeferred    files left for the next scan because they were modified within the last scan interval
 *                         and may still be being written (continuous mode only)
 * @param recordsAccepted  records published to the raw topic
 * @param recordsRejected  records published to the rejected topic
 */
public record IngestStats(int filesSeen, int filesPublished, int filesSkipped, int filesIgnored, int filesDeferred,
                          long recordsAccepted, long recordsRejected) {
    public static final IngestStats NONE = new IngestStats(0, 0, 0, 0, 0, 0, 0);

    public IngestStats plus(IngestStats o) {
        return new IngestStats(filesSeen + o.filesSeen, filesPublished + o.filesPublished,
                filesSkipped + o.filesSkipped, filesIgnored + o.filesIgnored, filesDeferred + o.filesDeferred,
                recordsAccepted + o.recordsAccepted, recordsRejected + o.recordsRejected);
    }

    public long records() {
        return recordsAccepted + recordsRejected;
    }
}
