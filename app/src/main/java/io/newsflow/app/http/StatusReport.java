package io.newsflow.app.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.app.metrics.ArticleSummary;
import io.newsflow.app.metrics.OutputCounters.OutputTotals;
import io.newsflow.ingest.IngestStats;
import io.newsflow.ingest.web.SourceStatus;
import io.newsflow.ingest.web.WebStats;
import io.newsflow.sink.SinkStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code /api/status} answers and the status page shows. Stages this process does not run are null.
 *
 * @param generatedAt when this report was made
 * @param role        the command this process runs: run, ingest, process or sink
 * @param startedAt   when the process started serving
 * @param health      the health report
 * @param ingest      file ingest totals since start
 * @param web         web ingest totals since start
 * @param sources     the web sources and their last poll
 * @param processing  the Kafka Streams state of the processing stage
 * @param sink        what the sink wrote since start
 * @param outputs     what the pipeline emitted since this process started, seen on the output topics
 * @param lag         consumer group to topic to records behind
 * @param latest      the newest articles, newest first
 * @param observer    null while the status consumer runs, else why it stopped
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusReport(Instant generatedAt, String role, Instant startedAt, HealthReport health,
                           IngestStats ingest, WebStats web, List<SourceStatus> sources, String processing,
                           SinkStats sink, OutputTotals outputs, Map<String, Map<String, Long>> lag,
                           List<ArticleSummary> latest, String observer) {
}
