package io.newsflow.processing.tag.entity;

import io.newsflow.processing.tag.text.StopWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds runs of capitalised words ("Vladimir Putin", "Bank of England", "U.S.") in running text. A run stops at
 * punctuation other than an initial's dot, and may hold the lower-case connectors of names ("of", "the", "de",
 * "al", "bin") between capitalised words. Hand-written: no library on Maven Central ships an English name finder
 * with its model (OpenNLP's NER models are not published there).
 */
final class CandidateScanner {
    /**
     * The words the scanner reads: initials ("U.S."), words of letters, marks, digits, apostrophes and hyphens
     * that start with a letter or mark, numbers ("3.5", "1,200"). {@link Words} finds what this expression finds,
     * by hand (the scan runs over every line of every article; {@code WordsTest} checks them against
     * each other).
     */
    static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}'’\\-]*|\\p{N}[\\p{N}.,]*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of(
            "of", "the", "de", "da", "del", "der", "van", "von", "al", "bin", "le", "la", "du", "dos", "do");

    private CandidateScanner() {
    }

    static List<Candidate> scan(String text) {
        List<Candidate> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<String> run = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        boolean runSentenceInitial = false;
        int previousEnd = 0;
        boolean sentenceStart = true;
        for (int start = Words.start(text, 0); start >= 0; start = Words.start(text, previousEnd)) {
            int end = Words.end(text, start);
            boolean clauseBreak = isClauseBreak(text, previousEnd, start);
            sentenceStart = sentenceStart || previousEnd == 0 || endsSentence(text, previousEnd, start);
            if (run.isEmpty() && !Character.isUpperCase(text.charAt(start))) {
                // neither starts a run nor ends one: most words, read without copying them out
                sentenceStart = text.charAt(end - 1) == '.' && isSentenceEndAfter(text, end);
                previousEnd = end;
                continue;
            }
            String matched = text.substring(start, end);
            String word = stripPossessive(matched);
            boolean capitalised = isCapitalised(word);
            boolean connector = !run.isEmpty() && !clauseBreak && CONNECTORS.contains(word);
            if (!run.isEmpty() && (clauseBreak || !(capitalised || connector))) {
                emit(run, text.substring(runStart, runEnd), runSentenceInitial, out);
                run.clear();
            }
            if (capitalised || connector) {
                if (run.isEmpty()) {
                    runStart = start;
                    runSentenceInitial = sentenceStart;
                }
                run.add(word);
                runEnd = start + word.length();
            }
            sentenceStart = matched.endsWith(".") && isSentenceEndAfter(text, end);
            previousEnd = end;
        }
        if (!run.isEmpty()) {
            emit(run, text.substring(runStart, runEnd), runSentenceInitial, out);
        }
        return out;
    }

    private static void emit(List<String> run, String surface, boolean sentenceInitial, List<Candidate> out) {
        int end = run.size();
        while (end > 0 && CONNECTORS.contains(run.get(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && isFunctionWord(run.get(start))) {
            start++;
        }
        if (start < end) {
            List<String> tokens = new ArrayList<>(run.subList(start, end));
            out.add(new Candidate(tokens, trimSurface(surface, run, start), sentenceInitial && start == 0));
        }
    }

    private static String trimSurface(String surface, List<String> run, int dropped) {
        String s = surface;
        for (int i = 0; i < dropped; i++) {
            s = s.substring(Math.min(s.length(), run.get(i).length())).strip();
        }
        return POSSESSIVE.matcher(s).replaceAll("").strip();
    }

    private static boolean isFunctionWord(String word) {
        return StopWords.contains(word.toLowerCase(Locale.ROOT)) || CONNECTORS.contains(word);
    }

    static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.charAt(0)) && hasLetter(word);
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("'") || word.endsWith("’")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Whether the gap {@code text[from, to)} between two words holds anything but spaces. */
    private static boolean isClauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Whether the gap {@code text[from, to)} between two words ends a sentence. */
    private static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '.', '!', '?', '\n', ':', '“', '"' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean isSentenceEndAfter(String text, int end) {
        return end >= text.length() || text.charAt(end) == '\n';
    }
}
