/**
 * Named entities (people, organisations, places) by gazetteer and rules; see {@code ENTITIES.md} next to the
 * sources for why no statistical name finder is used.
 */
package io.newsflow.processing.tag.entity;
