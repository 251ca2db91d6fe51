/**
 * Helpers for reading a parsed page's tree, shared by the HTML extraction ({@code html}) and the metadata readers
 * ({@code meta}): {@link io.newsflow.processing.clean.dom.TreeWalk} walks it faster than jsoup's general walk.
 */
package io.newsflow.processing.clean.dom;
