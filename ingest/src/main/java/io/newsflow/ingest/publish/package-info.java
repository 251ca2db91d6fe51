/**
 * Publishing items in Kafka transactions: accepted items to the raw topic, refused ones to the rejected topic,
 * and the ingest-ledger entry of their file in the same transaction.
 */
package io.newsflow.ingest.publish;
