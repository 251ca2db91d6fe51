/**
 * The category classifier: a multinomial Naive Bayes model over unigram and bigram terms, trained by
 * {@link io.newsflow.processing.tag.category.CategoryTrainer} from any labelled texts, saved to and loaded from a
 * compact model file. See {@code CATEGORY.md} next to the sources for the design and the measurements.
 */
package io.newsflow.processing.tag.category;
