/**
 * Typed topic handles and JSON serdes: one {@link io.newsflow.model.kafka.Topic} per topic, so names, key and
 * value serdes are defined once and shared by every stage and by downstream consumers.
 */
package io.newsflow.model.kafka;
