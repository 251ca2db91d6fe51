/**
 * What reading an input yields: {@link io.newsflow.ingest.item.IngestItem}, either an accepted raw article or a
 * refused input with its reason, and the factory that stamps them with ids and the ingest time.
 */
package io.newsflow.ingest.item;
