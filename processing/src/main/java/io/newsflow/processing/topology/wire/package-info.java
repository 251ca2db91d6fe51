/**
 * Binary layouts of the records that travel between the processing stage's own steps (repartition topics) and
 * of the site templates it stores: a format byte, then the fields in declaration order, strings as UTF-8. JSON
 * stays the format of every public topic (raw, articles, duplicates, rejected); these layouts are internal and
 * still read the JSON an earlier version left in a topic or store.
 */
package io.newsflow.processing.topology.wire;
