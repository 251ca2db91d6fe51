package io.newsflow.processing.tag;

public record Tags(String category, java.util.Map<String, Double> categories,
                   java.util.List<io.newsflow.model.Entity> entities, java.util.List<io.newsflow.model.Keyword> keywords,
                   java.util.List<io.newsflow.model.TopicMatch> topics) {}
