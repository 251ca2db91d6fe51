/**
 * Web ingest: {@link io.newsflow.ingest.web.WebIngestor} polls feeds, sitemaps and pages and publishes each new
 * item's page to the raw topic, politely (robots.txt, one request at a time per host with a delay between,
 * conditional GETs, Retry-After and backoff) and without doing anything twice (the fetch-state topic).
 */
package io.newsflow.ingest.web;
