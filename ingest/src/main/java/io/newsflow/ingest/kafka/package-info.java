/** Where ingest's Kafka clients connect, and how they are configured. */
package io.newsflow.ingest.kafka;
