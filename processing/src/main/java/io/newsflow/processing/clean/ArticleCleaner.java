package io.newsflow.processing.clean;

public interface ArticleCleaner { CleanResult clean(io.newsflow.model.RawArticle raw); }
