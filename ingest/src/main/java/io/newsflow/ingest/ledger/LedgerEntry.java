package io.newsflow.ingest.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.model.Checks;
import java.time.Instant;

/**
 * The ledger's record of one input file: what was published from which version of it. The value of the
 * compacted ingest-ledger topic, keyed by the file's absolute path.
 *
 * @param sha256     hex SHA-256 of the file as stored; null when it could not be read (it was rejected as
 *                   unreadable)
 * @param size       the file's size in bytes when it was read
 * @param modifiedAt the file's last-modified time when it was read
 * @param records    records published to the raw topic from this version of the file
 * @param rejected   records published to the rejected topic from this version of the file
 * @param linesDone  the last line whose record is published (JSON Lines); 0 for a file read whole
 * @param complete   whether the whole file is published; false while a large file is published in parts
 * @param ingestedAt when this entry was written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerEntry(String sha256, long size, Instant modifiedAt, long records, long rejected, long linesDone,
                          boolean complete, Instant ingestedAt) {
    public LedgerEntry {
        Checks.notNull(ingestedAt, "ingestedAt");
    }

    /** Whether this entry is the finished publication of the file version {@code stat} with hash {@code sha}. */
    public boolean covers(FileStat stat, String sha) {
        boolean sameContent = sha != null ? sha.equals(sha256) : sha256 == null && stat.sameAs(size, modifiedAt);
        return complete && sameContent;
    }

    /** Whether the file {@code stat} certainly still is the version this complete entry covers, without hashing. */
    public boolean unchanged(FileStat stat) {
        return complete && sha256 != null && stat.sameAs(size, modifiedAt);
    }
}
