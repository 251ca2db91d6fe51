package io.newsflow.processing.clean;

public record CleanedArticle(String title, String text, String publishedAt, String modifiedAt,
    java.util.List<String> authors, String language, String siteName, String description, String imageUrl,
    String canonicalUrl, java.util.Map<String,String> provenance) {}
