package io.newsflow.app.bench.workload;

import java.nio.file.Path;
import java.util.List;

/**
 * A generated workload: JSON Lines files of records ({@code url} and {@code text} or {@code html}).
 *
 * @param spec              what was asked for
 * @param dir               the folder that holds them
 * @param files             the files, in order
 * @param records           records in all files
 * @param contentBytes      UTF-8 bytes of the records' content (text or HTML), the basis of MB/s
 * @param exactDuplicates   records that repeat an earlier one exactly
 * @param nearDuplicates    records that rewrite an earlier one
 */
public record Workload(WorkloadSpec spec, Path dir, List<Path> files, int records, long contentBytes, int exactDuplicates,
                       int nearDuplicates) {
    public Workload {
        files = List.copyOf(files);
    }

    public double averageRecordBytes() {
        return records == 0 ? 0 : (double) contentBytes / records;
    }
}
