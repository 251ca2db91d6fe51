package io.newsflow.processing.clean.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises short lines that describe the page rather than tell the story: picture credits ("Photo by Jane Doe",
 * "Image credit: © Agency", "Courtesy of the brand", "… | Credit: Getty Images") and reading times ("9 min read",
 * "Reading time 5 minutes"). Hand-written word lists: English.
 */
public final class PageFurniture {
    private static final List<String> CREDIT_MARKS = List.of("photo by", "photos by", "photo:", "photo credit",
            "photograph by", "image by", "image credit", "image:", "images:", "credit:", "credits:", "courtesy of",
            "illustration by", "picture by", "(credit", "(photo", "(image");
    private static final List<String> CREDIT_AGENCIES = List.of("getty images", "shutterstock", "istock",
            "depositphotos", "unsplash", "alamy", "ap photo", "reuters", "afp");
    private static final Set<String> MINUTES = Set.of("min", "mins", "minute", "minutes");
    private static final int MAX_CREDIT_WORDS = 30;
    private static final int MAX_READING_TIME_WORDS = 5;

    private PageFurniture() {
    }

    /** A cheap test that rules out most lines before {@link #isCreditLine}: the line mentions none of the marks. */
    public static boolean mayBeCredit(String text) {
        return text.contains("redit") || text.contains("hoto") || text.contains("mage") || text.contains("ourtesy")
                || text.contains("llustration") || text.contains("icture") || text.contains("etty")
                || text.contains("tock") || text.contains("plash") || text.contains("AP") || text.contains("euters");
    }

    /** A short line that credits a picture: it opens with a credit mark, or ends with one or with an agency. */
    public static boolean isCreditLine(String text, List<String> tokens) {
        if (tokens.isEmpty() || tokens.size() > MAX_CREDIT_WORDS) {
            return false;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (String mark : CREDIT_MARKS) {
            int at = lower.indexOf(mark);
            if (at == 0 || at > 0 && isCreditTail(lower, at)) {
                return true;
            }
        }
        for (String agency : CREDIT_AGENCIES) {
            if (endsWithName(lower, agency)) {
                return true;
            }
        }
        return false;
    }

    /** A credit after a caption: "… | Photo by Lisa Jennings", "… Credit: Apple", "… (Photo: Reuters)". */
    private static boolean isCreditTail(String lower, int at) {
        char before = lower.charAt(at - 1);
        return before == '|' || before == ' ' && at >= 2 && ".|)–—-".indexOf(lower.charAt(at - 2)) >= 0
                || lower.charAt(at) == '(';
    }

    private static boolean endsWithName(String lower, String name) {
        int end = lower.length();
        while (end > 0 && (Character.isWhitespace(lower.charAt(end - 1)) || lower.charAt(end - 1) == ')'
                || lower.charAt(end - 1) == '.')) {
            end--;
        }
        int start = end - name.length();
        return start >= 0 && lower.startsWith(name, start)
                && (start == 0 || !Character.isLetter(lower.charAt(start - 1)));
    }

    /** A reading-time label: "9 min read", "Reading time 5 minutes", "10 Min Read". */
    public static boolean isReadingTime(List<String> tokens) {
        if (tokens.isEmpty() || tokens.size() > MAX_READING_TIME_WORDS) {
            return false;
        }
        boolean number = false;
        boolean minutes = false;
        boolean read = false;
        for (String t : tokens) {
            String w = t.toLowerCase(Locale.ROOT);
            number |= Character.isDigit(w.charAt(0));
            minutes |= MINUTES.contains(w);
            read |= w.equals("read") || w.equals("reading");
        }
        return number && minutes && (read || tokens.size() == 2);
    }
}
