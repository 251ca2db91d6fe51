/**
 * The layout of a topic's folder: which safe sub-folder ({@code date=}, {@code category=}, {@code source=}) each
 * record's file goes to.
 */
package io.newsflow.sink.layout;
