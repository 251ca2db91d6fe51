/** Keywords: an article's distinctive terms and phrases by TF-IDF against the stream's document frequencies. */
package io.newsflow.processing.tag.keyword;
