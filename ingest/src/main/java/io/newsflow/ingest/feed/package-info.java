/**
 * Reading feeds: RSS 0.9x, RSS 1.0 (RDF), RSS 2.0 and Atom 1.0 with a hardened StAX parser (no DTDs, no
 * external entities, so no XXE and no entity expansion), and JSON Feed 1.0/1.1 with Jackson. A feed becomes a
 * {@link io.newsflow.ingest.feed.Feed}: its items' links and metadata, and its own poll-interval hints.
 */
package io.newsflow.ingest.feed;
