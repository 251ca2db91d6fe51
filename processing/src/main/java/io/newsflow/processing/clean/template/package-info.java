/**
 * Per-site template learning: blocks that repeat across many articles of the same site are boilerplate.
 * {@link io.newsflow.processing.clean.template.SiteKey} names the site, {@link
 * io.newsflow.processing.clean.template.SiteTemplates} learns and strips as pure functions of a bounded
 * {@link io.newsflow.processing.clean.template.TemplateStats}, and {@link
 * io.newsflow.processing.clean.template.TemplateLearningCleaner} wraps any cleaner with a
 * {@link io.newsflow.processing.clean.template.TemplateStore} (a Kafka Streams key-value store in the job).
 */
package io.newsflow.processing.clean.template;
