/**
 * robots.txt: fetched once per host and kept for a while ({@link io.newsflow.ingest.robots.RobotsCache}), parsed
 * by crawler-commons, and applied to every URL and redirect hop through
 * {@link io.newsflow.ingest.robots.RobotsCache#guard()}.
 */
package io.newsflow.ingest.robots;
