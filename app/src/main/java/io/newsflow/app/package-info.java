/**
 * The {@code newsflow} command line: one runnable jar that runs the whole pipeline in one process
 * ({@code run}), or one stage ({@code ingest}, {@code process}, {@code sink}), replays files, and tails the
 * output topics. Commands only wire; the stages' logic lives in their modules.
 */
package io.newsflow.app;
