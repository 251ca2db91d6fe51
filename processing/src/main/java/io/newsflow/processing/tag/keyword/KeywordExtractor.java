package io.newsflow.processing.tag.keyword;

import io.newsflow.model.Checks;
import io.newsflow.model.Keyword;
import io.newsflow.processing.tag.TermStatistics;
import io.newsflow.processing.tag.text.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks an article's terms (content words and two-word phrases, see {@link Terms}) by
 * {@code (1 + log tf) · idf}. Document frequencies come from the stream ({@link TermStatistics}) once it has seen
 * {@code minStreamDocuments}; before that from a background table (the training corpus's frequencies), so a
 * young stream still gets sensible keywords. Headline terms count double. In a longer article a term must occur
 * twice (or in the headline) to qualify, and a phrase must always recur, so one-off names and typos don't crowd out the subject; a word is
 * dropped when a chosen phrase already covers it. Thread-safe.
 */
public final class KeywordExtractor {
    private static final int LONG_ARTICLE_TERMS = 150;
    
    private final TermStatistics background;
    private final long minStreamDocuments;
    private final int maxKeywords;

    public KeywordExtractor(TermStatistics background, long minStreamDocuments, int maxKeywords) {
        this.background = Checks.notNull(background, "background");
        this.minStreamDocuments = minStreamDocuments;
        this.maxKeywords = Checks.positive(maxKeywords, "maxKeywords");
    }

    public List<Keyword> extract(String title, String text, TermStatistics stream) {
        return extract(Terms.counts(title).keySet(), Terms.counts(text), stream);
    }

    /**
     * The same keywords from the headline's terms and the text's term counts ({@link Terms#counts}), for a caller
     * that counted them already; {@code textCounts} is not changed.
     */
    public List<Keyword> extract(Set<String> titleTerms, Map<String, Integer> textCounts, TermStatistics stream) {
        TermStatistics stats = stream != null && stream.documents() >= minStreamDocuments ? stream : background;
        // the text's terms, each with 2 more when the headline has it too, then the headline's other terms; read
        // where they are rather than merged into a copy of the text's counts (the ranking sorts them anyway)
        List<String> titleOnly = titleTerms.stream().filter(t -> !textCounts.containsKey(t)).toList();
        boolean longArticle = textCounts.size() + titleOnly.size() > LONG_ARTICLE_TERMS;
        List<Keyword> ranked = new ArrayList<>();
        textCounts.forEach((term, n) -> offer(term, titleTerms.contains(term) ? n + 2 : n, longArticle, stats, ranked));
        titleOnly.forEach(term -> offer(term, 2, longArticle, stats, ranked));
        ranked.sort(Comparator.comparingDouble(Keyword::score).reversed().thenComparing(Keyword::term));
        return withoutCoveredWords(ranked);
    }

    private static void offer(String term, int tf, boolean longArticle, TermStatistics stats, List<Keyword> ranked) {
        if (tf >= 2 || !(longArticle || Terms.isPhrase(term))) {
            ranked.add(new Keyword(term, round(score(term, tf, stats))));
        }
    }

    private static double score(String term, int tf, TermStatistics stats) {
        double idf = Math.log((stats.documents() + 1.0) / (stats.documentFrequency(term) + 1.0)) + 1.0;
        return (1 + Math.log(tf)) * idf;
    }

    private List<Keyword> withoutCoveredWords(List<Keyword> ranked) {
        List<Keyword> out = new ArrayList<>();
        for (Keyword k : ranked) {
            if (out.size() == maxKeywords) {
                break;
            }
            if (!coveredBy(k.term(), out)) {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean coveredBy(String term, List<Keyword> chosen) {
        for (Keyword k : chosen) {
            String[] words = k.term().split(" ");
            if (words.length == 2 && (words[0].equals(term) || words[1].equals(term))) {
                return true;
            }
        }
        return false;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
