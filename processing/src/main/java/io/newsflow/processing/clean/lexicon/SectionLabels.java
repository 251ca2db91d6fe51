package io.newsflow.processing.clean.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the labels sites put over the sections that follow an article and are not part of it: recirculation
 * ("Related posts", "More from …", "You may also like", "Read next"), the author's bio ("About the author"),
 * comment threads ("Leave a reply"), tag and share bars ("Tags", "Share this article"), sign-up boxes
 * ("Newsletter"). And the labels of ad slots ("Advertisement", "Sponsored"). A label is one of these phrases,
 * or opens with one that names a source ("More from …"); a label that goes on after a colon is an inline pointer
 * to one story, not a section. Hand-written word lists: English, with the commonest European ad labels.
 */
public final class SectionLabels {
    /** Whole labels of trailing sections, as lower-case words separated by one space. */
    private static final Set<String> TRAILING = Set.of("related", "related posts", "related articles",
            "related stories", "related reading", "related content", "related links", "related news",
            "related topics", "related resources", "related guides", "related videos", "related items",
            "related post", "related article", "related story", "more stories", "more articles", "more posts",
            "more news", "more like this", "more to read", "more reading", "more to explore", "more for you",
            "you may also like", "you might also like", "you may like", "you might like", "you may also enjoy",
            "you might also enjoy", "you may be interested in", "you might be interested in",
            "you may have missed", "we recommend", "recommended", "recommended for you", "recommended reading",
            "recommended articles", "recommended posts", "recommended stories", "read next", "what to read next",
            "up next", "keep reading", "most popular", "popular posts", "popular articles", "popular stories",
            "most read", "trending", "trending now", "latest posts", "latest news", "latest articles",
            "latest stories", "latest blog posts", "recent posts", "recent articles", "other articles",
            "other posts", "other stories", "similar posts", "similar articles", "also read", "don't miss",
            "dont miss", "editor's picks", "editors picks", "editors' picks", "top stories", "keep exploring",
            "explore more", "discover more", "about the author", "about the authors", "about author",
            "meet the author", "author bio", "about the writer", "leave a comment", "leave a reply", "comments",
            "comment", "join the conversation", "post a comment", "add a comment", "share this",
            "share the article", "share this article", "share this post", "share this story", "filed under",
            "newsletter", "get our newsletter", "subscribe to our newsletter", "sign up for our newsletter");
    /** Phrases that open a label followed by a name ("More from The Times", "About the author Jane Doe"). */
    private static final List<String> TRAILING_OPENERS = List.of("more from", "more in", "more by",
            "more stories from", "more articles from", "more posts from", "about the author", "leave a reply to",
            "in case you missed");
    /**
     * "Related blog posts", "Related news articles": "related", then what is listed. ("More ... topics" and
     * "Top ... posts" head sections of articles as often as lists of other articles.)
     */
    private static final Set<String> LISTING_OPENERS = Set.of("related");
    private static final Set<String> LISTED = Set.of("posts", "articles", "stories", "reads", "reading", "news",
            "links", "topics", "resources", "guides", "videos", "reviews", "recipes", "episodes", "insights", "blogs",
            "content", "coverage", "headlines");
    private static final int MAX_LISTING_WORDS = 4;
    private static final Set<String> AD_WORDS = Set.of("advertisement", "advertising", "advertisements", "sponsored",
            "ad", "ads", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "reklama", "annonce");
    private static final int MAX_LABEL_WORDS = 6;
    private static final int MAX_AD_LABEL_WORDS = 6;

    private SectionLabels() {
    }

    /** Whether {@code text} labels a section that follows the article and is not part of it. */
    public static boolean isTrailingLabel(String text) {
        List<String> tokens = Tokens.of(text);
        if (tokens.isEmpty() || tokens.size() > MAX_LABEL_WORDS) {
            return false;
        }
        if (hasTextAfterColon(text)) {
            return false;
        }
        String key = key(tokens);
        if (TRAILING.contains(key) || isListing(key)) {
            return true;
        }
        for (String phrase : TRAILING_OPENERS) {
            if (key.startsWith(phrase) && (key.length() == phrase.length() || key.charAt(phrase.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A credit label has at most this many words: "Article medically reviewed by". */
    private static final int MAX_CREDIT_WORDS = 4;

    /**
     * Whether {@code tokens} are a credit label over the people or firm it names: a verb's past participle, then "by"
     * and nothing after it ("Written by", "Fact checked by", "Reviewed by:", "Powered by"). Below an article it heads
     * the author's card, the reviewers' bios or the site's credits; a sentence that goes on to a list ("Make training
     * effective by") ends in "by" after an adjective, not a participle.
     */
    public static boolean isCreditLabel(List<String> tokens) {
        int n = tokens.size();
        if (n < 2 || n > MAX_CREDIT_WORDS || !tokens.get(n - 1).equalsIgnoreCase("by")) {
            return false;
        }
        String verb = tokens.get(n - 2).toLowerCase(Locale.ROOT);
        return verb.length() > 3 && (verb.endsWith("ed") || verb.endsWith("en"));
    }

    /** An about label has at most this many words: "About Example Media Group". */
    private static final int MAX_ABOUT_WORDS = 4;

    /**
     * Whether {@code tokens} are the label of an "about" box: "About", then a name, every word of it capitalised
     * ("About Example Media", "About Jeanie"). Below an article it heads the blurb of the site, the company or the
     * author. A section of the article about something is headed by a phrase ("About the study's design").
     */
    public static boolean isAboutLabel(List<String> tokens) {
        int n = tokens.size();
        if (n < 2 || n > MAX_ABOUT_WORDS || !tokens.get(0).equals("About")) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (!Character.isUpperCase(tokens.get(i).charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} is a word that labels an ad slot ("Advertisement", "Sponsored"). */
    public static boolean isAdWord(String word) {
        return !word.isEmpty() && AD_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code tokens} are the label of an ad slot ("Advertisement", "Advertisement - scroll to continue"). */
    public static boolean isAdLabel(List<String> tokens) {
        return !tokens.isEmpty() && tokens.size() <= MAX_AD_LABEL_WORDS
                && isAdWord(tokens.get(0));
    }

    private static boolean isListing(String key) {
        String[] words = key.split(" ");
        return words.length >= 2 && words.length <= MAX_LISTING_WORDS && LISTING_OPENERS.contains(words[0])
                && LISTED.contains(words[words.length - 1]);
    }

    /** "Related: How the deal was made" points to one story inline; it does not open a section. */
    private static boolean hasTextAfterColon(String text) {
        int colon = text.indexOf(':');
        return colon >= 0 && !Tokens.of(text.substring(colon + 1)).isEmpty();
    }

    /** The tokens lower case, joined by one space, without trailing counts ("Comments (12)"). */
    private static String key(List<String> tokens) {
        int end = tokens.size();
        while (end > 1 && Character.isDigit(tokens.get(end - 1).charAt(0))) {
            end--;
        }
        StringBuilder b = new StringBuilder();
        for (String t : tokens.subList(0, end)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        }
        return b.toString();
    }
}
