package io.newsflow.processing.dedup.near;

/**
 * An article's visit to one LSH band, keyed by {@code <band-index>:<band-hash>}.
 *
 * @param band  the band index
 * @param entry the article
 */
public record Probe(int band, BandEntry entry) {
}
