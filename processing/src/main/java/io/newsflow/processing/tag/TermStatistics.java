package io.newsflow.processing.tag;

public interface TermStatistics { long documents(); long documentFrequency(String term); }
