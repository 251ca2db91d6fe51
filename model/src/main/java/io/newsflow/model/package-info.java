/**
 * The records that travel between newsflow's stages, one per topic value: {@link io.newsflow.model.RawArticle}
 * on the raw topic, {@link io.newsflow.model.Article} on the articles topic,
 * {@link io.newsflow.model.Duplicate} on the duplicates topic and {@link io.newsflow.model.Rejected} on the
 * dead-letter topic. They are immutable and serialised as JSON (see {@link io.newsflow.model.kafka.Json}).
 */
package io.newsflow.model;
