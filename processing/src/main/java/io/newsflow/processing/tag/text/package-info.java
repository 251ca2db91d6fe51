/**
 * Text handling shared by the tagger's parts: lower-cased word tokens, stop words and the unigram + bigram terms
 * that the category model, the keyword extractor and the document-frequency store all count the same way.
 */
package io.newsflow.processing.tag.text;
