package io.newsflow.processing.clean.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises calls to action: short imperative lines that ask the reader to do something with the page
 * ("Click to comment", "Sign up for our daily email:", "Enjoy this blog? Please spread the word").
 * A line is one when it opens with an imperative verb of reader interaction and either addresses the reader,
 * points elsewhere on the page, or asks for something. Hand-written word lists: English only.
 */
public final class CallToAction {
    private static final Set<String> VERBS = Set.of("click", "tap", "share", "sign", "subscribe", "follow", "like",
            "join", "download", "get", "see", "watch", "read", "enjoy", "check", "connect", "register", "log",
            "comment", "leave", "tell", "send", "support", "donate", "visit", "listen", "view", "scroll", "learn",
            "discover", "explore", "sign-up", "signup", "become", "shop", "buy", "order", "print",
            "email", "tweet", "pin", "save", "bookmark", "continue",
            "load", "show", "skip", "jump", "please", "don't", "dont", "receive", "add", "submit", "upgrade", "unlock",
            "claim", "grab", "contact", "reply", "report", "accept");
    private static final Set<String> POINTERS = Set.of("you", "your", "us", "our", "we", "here", "below", "above",
            "now", "today", "free", "email", "newsletter", "newsletters", "inbox", "app", "friends", "comment",
            "comments", "more", "latest", "link", "story", "article", "post", "blog", "page", "site", "feed",
            "updates", "please", "cookies", "subscription", "account", "video", "podcast");
    private static final int MAX_WORDS = 16;
    private static final int POINTING_MAX_WORDS = 10;

    private CallToAction() {
    }

    /** Whether the line is a call to action; {@code tokens} are the line's words. */
    public static boolean is(String line, List<String> tokens) {
        if (tokens.isEmpty() || tokens.size() > MAX_WORDS) {
            return false;
        }
        if (!VERBS.contains(lower(tokens.get(0)))) {
            return false;
        }
        return tokens.size() <= 3 || asksOrPoints(line, tokens);
    }

    /** Whether {@code word} is one of the imperative verbs a call to action opens with. */
    public static boolean isVerb(String word) {
        return !word.isEmpty() && VERBS.contains(lower(word));
    }

    private static boolean asksOrPoints(String line, List<String> tokens) {
        String end = line.strip();
        if (end.endsWith(":") || end.endsWith("!") || end.endsWith("?") || end.endsWith(")")) {
            return true;
        }
        return tokens.size() <= POINTING_MAX_WORDS
                && tokens.stream().skip(1).map(CallToAction::lower).anyMatch(POINTERS::contains);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
