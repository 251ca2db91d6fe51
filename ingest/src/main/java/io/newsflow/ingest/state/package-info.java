/**
 * Web ingest's memory: which pages were fetched and each source's validators and last item ids, kept in the
 * compacted fetch-state topic and written in the same transaction as the records they account for.
 */
package io.newsflow.ingest.state;
