/**
 * The ingest stage's file side. {@link io.newsflow.ingest.FolderIngestor} publishes new and changed input files
 * once or continuously, remembering what it published in the ingest ledger;
 * {@link io.newsflow.ingest.Replayer} publishes files unconditionally with progress reports. Both read files
 * through {@link io.newsflow.ingest.decode.FileDecoder}, which turns every input record into an accepted raw
 * article or a refused dead letter, and publish through {@link io.newsflow.ingest.publish.RawPublisher} in Kafka
 * transactions.
 */
package io.newsflow.ingest;
