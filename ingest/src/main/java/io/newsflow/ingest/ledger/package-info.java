/**
 * The ingest ledger: which version (SHA-256) of each input file was published, kept in a compacted topic and
 * written in the same transaction as the file's records, so restarts neither lose nor repeat files.
 */
package io.newsflow.ingest.ledger;
