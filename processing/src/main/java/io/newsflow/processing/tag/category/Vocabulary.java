package io.newsflow.processing.tag.category;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Term ↔ index, plus each term's training document frequency (for the IDF weights). */
final class Vocabulary {
    private final Map<String, Integer> index;
    private final List<String> terms;
    private final int[] documentFrequency;
    private final long documents;

    Vocabulary(List<String> terms, int[] documentFrequency, long documents) {
        this.terms = List.copyOf(terms);
        this.documentFrequency = documentFrequency.clone();
        this.documents = documents;
        this.index = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) {
            index.put(terms.get(i), i);
        }
    }

    int indexOf(String term) {
        return index.getOrDefault(term, -1);
    }

    int size() {
        return terms.size();
    }

    String term(int i) {
        return terms.get(i);
    }

    int documentFrequency(int i) {
        return documentFrequency[i];
    }

    long documents() {
        return documents;
    }

    double idf(int i) {
        return Math.log((documents + 1.0) / (documentFrequency[i] + 1.0)) + 1.0;
    }
}
