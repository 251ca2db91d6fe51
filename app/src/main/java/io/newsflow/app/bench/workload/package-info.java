/**
 * Deterministic synthetic workloads: news-like text pages (about 5 KB, with navigation, captions, sharing and
 * footer lines) and HTML pages (20 to 200 KB, mostly site template, teasers and script), with a chosen share of
 * exact and near duplicates, written as JSON Lines files that ingest reads. Nothing is copied from a corpus.
 */
package io.newsflow.app.bench.workload;
