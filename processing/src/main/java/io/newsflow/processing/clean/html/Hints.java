package io.newsflow.processing.clean.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. The patterns follow Mozilla Readability's (Apache-2.0),
 * extended with the names of today's widgets: cookie and consent banners, newsletter and app prompts, share bars,
 * recirculation modules.
 */
final class Hints {
    static final Substrings UNLIKELY = Substrings.of("-ad-|ai2html|banner|breadcrumb|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox"
            + "|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup"
            + "|yom-remote|cookie|consent|newsletter|subscri|signup|sign-up|share|sharing|promo|advert|outbrain"
            + "|taboola|recirc|most-popular|mostpopular|trending|paywall|modal|overlay|toolbar|skip-link|byline"
            + "|author-info|author-bio|dateline|timestamp|tags|tag-list|read-more|readmore|recommend|masthead"
            + "|navbar|topbar|site-nav|jump-link|print-only|screen-reader|sr-only|visually-hidden|noprint|login");
    /**
     * Names of boxes that never hold article text whatever else they are named: consent banners and bylines. They go
     * in the lenient pass too (a byline belongs in the authors, not in the text).
     */
    static final Substrings NEVER_CONTENT = Substrings.of("cookie-banner|cookie-notice|cookie-consent|cookie-bar"
            + "|cookie-law|cookie-popup|cookie-policy|cookie-message|cookie-settings|cookiebanner|cookienotice"
            + "|cookieconsent|cookie_banner|cookie_notice|cookie_consent|consent|gdpr|onetrust|byline");
    static final Substrings MAYBE_CANDIDATE = Substrings.of("and|article|body|column|content|main|shadow");
    static final Substrings POSITIVE = Substrings.of("article|body|content|entry|hentry|h-entry|main|page"
            + "|post|text|blog|story|prose");
    /** Readability's negative names; its {@code hid} is matched as a whole token ({@link #hasToken}). */
    static final Substrings NEGATIVE = Substrings.of("-ad-|hidden|banner|combx|comment"
            + "|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
            + "|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|author|newsletter|subscribe|cookie");
    /**
     * The {@link #NEGATIVE} names that say what the box is (a comment, an ad, a share bar, an author's bio). The others
     * ({@code widget}, {@code media}, {@code meta}, {@code contact}...) name a page builder's generic blocks as often
     * as chrome, and yield to a box's prose.
     */
    static final Substrings STRONG_NEGATIVE = Substrings.of("-ad-|banner|combx|comment|footer|gdpr|outbrain|promo"
            + "|related|share|shoutbox|sidebar|skyscraper|sponsor|tags|byline|author|newsletter|subscribe|cookie");
    /** Compiled once: {@code String.split} compiles its pattern on each call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** One class or id token that names a comment thread or a comment ("comments", "comment-list", "disqus_thread"). */
    static final Pattern COMMENT = Pattern.compile("(?:[a-z]+[-_])?(?:comments?|replies|respond|trackbacks?"
            + "|pingbacks?|disqus)(?:[-_][a-z0-9-_]*)?");
    /** Every {@link #COMMENT} token contains one of these: names without them are not split and matched. */
    static final Substrings COMMENT_WORDS = Substrings.of("comment|repl|respond|trackback|pingback|disqus");
    private static final Set<String> COMMENT_BOXES = Set.of("div", "section", "ol", "ul", "li", "article",
            "aside", "footer");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "dialog", "alertdialog", "menu", "menubar", "search", "toolbar");
    private static final int CLASS_WEIGHT = 25;

    private Hints() {
    }

    /** The class and id of the element, lower case, for matching. */
    static String classAndId(Element e) {
        String cls = Attrs.className(e);
        String id = Attrs.id(e);
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Readability's class weight: +25 for a content-like class or id, -25 for a chrome-like one, each. */
    static int classWeight(Element e) {
        return nameWeight(Attrs.className(e)) + nameWeight(Attrs.id(e));
    }

    /** The share of {@link #classWeight} one class or id string carries, in any case: the weight is their sum. */
    static int nameWeight(String name) {
        return weightOf(name.toLowerCase(Locale.ROOT));
    }

    private static int weightOf(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (NEGATIVE.foundIn(name) || hasToken(name, "hid")) {
            w -= CLASS_WEIGHT;
        }
        if (POSITIVE.foundIn(name)) {
            w += CLASS_WEIGHT;
        }
        return w;
    }

    /** Whether the class or id says what kind of chrome the box is ({@link #STRONG_NEGATIVE}). */
    static boolean isStrongNegative(Element e) {
        String names = classAndId(e);
        return !names.isEmpty() && STRONG_NEGATIVE.foundIn(names);
    }

    /** {@link #UNLIKELY}, {@link #MAYBE_CANDIDATE}, {@link #NEVER_CONTENT}, {@link #COMMENT_WORDS}: bits 1, 2, 4, 8. */
    private static final Substrings NAME_SETS = Substrings.union(UNLIKELY, MAYBE_CANDIDATE, NEVER_CONTENT,
            COMMENT_WORDS);
    static final int UNLIKELY_NAME = 1;
    static final int NEVER_CONTENT_NAME = 2;
    static final int COMMENT_NAME = 4;

    /**
     * What a lower-case class-and-id string says, in one scan: {@link #UNLIKELY_NAME} as {@link #isUnlikelyName},
     * {@link #NEVER_CONTENT_NAME} as {@link #isNeverContentName}, {@link #COMMENT_NAME} as {@link #isCommentName}.
     */
    static int nameVerdicts(String names) {
        if (names.isEmpty()) {
            return 0;
        }
        int found = NAME_SETS.tagsIn(names);
        int verdicts = (found & 3) == 1 ? UNLIKELY_NAME : 0;
        verdicts |= (found & 4) != 0 ? NEVER_CONTENT_NAME : 0;
        return verdicts | ((found & 8) != 0 && isCommentName(names) ? COMMENT_NAME : 0);
    }

    /** Names a consent banner or a byline ({@link #NEVER_CONTENT}); {@code names} as {@link #classAndId}. */
    static boolean isNeverContentName(String names) {
        return !names.isEmpty() && NEVER_CONTENT.foundIn(names);
    }

    /**
     * Names a table of contents by a class or id token: {@code toc}, {@code ez-toc-container}, {@code toc_list},
     * {@code rank-math-toc}, {@code table-of-contents}. Whole parts of tokens only, so {@code stock} and
     * {@code protocol} are not.
     */
    static boolean isTocName(String names) {
        if (names.isEmpty() || !names.contains("toc") && !names.contains("table-of-content")) {
            return false;
        }
        for (String token : SPACES.split(names)) {
            if (token.contains("table-of-content") || isTocToken(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTocToken(String token) {
        for (String part : token.split("[-_]")) {
            if (part.equals("toc") || part.equals("simpletoc")) {
                return true;
            }
        }
        return false;
    }

    /** Names something other than content (menu, share bar, comments) and nothing content-like. */
    static boolean isUnlikely(Element e) {
        return isUnlikelyName(classAndId(e));
    }

    /** {@link #isUnlikely} on a lower-case class-and-id string. */
    static boolean isUnlikelyName(String names) {
        return !names.isEmpty() && UNLIKELY.foundIn(names) && !MAYBE_CANDIDATE.foundIn(names);
    }

    /**
     * A box whose class or id names a comment thread or one comment. Whole tokens only, so a post marked
     * {@code has-comments} or a code span {@code hljs-comment} is not one.
     */
    static boolean isCommentBox(Element e, String names) {
        return isCommentTag(e) && isCommentName(names);
    }

    /** A tag a comment thread or a comment is built of ({@code div}, {@code section}, {@code ol}...). */
    static boolean isCommentTag(Element e) {
        return COMMENT_BOXES.contains(e.normalName());
    }

    /** Names a comment thread or a comment by a whole token; {@code names} as {@link #classAndId}. */
    static boolean isCommentName(String names) {
        if (names.isEmpty() || !COMMENT_WORDS.foundIn(names)) {
            return false;
        }
        for (String token : SPACES.split(names)) {
            if (!token.startsWith("has-") && !token.endsWith("-enabled") && !token.startsWith("hljs")
                    && COMMENT.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the space-separated {@code names} hold {@code token} as a whole word. */
    static boolean hasToken(String names, String token) {
        for (int i = names.indexOf(token); i >= 0; i = names.indexOf(token, i + 1)) {
            int end = i + token.length();
            if ((i == 0 || names.charAt(i - 1) == ' ') && (end == names.length() || names.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A landmark role that is never the article (navigation, banner, dialog...). */
    static boolean hasChromeRole(Element e) {
        String role = Attrs.get(e, "role");
        return !role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT));
    }

    /** Hidden from readers: {@code hidden}, {@code aria-hidden}, or an inline {@code display:none}. */
    static boolean isHidden(Element e) {
        if (Attrs.has(e, "hidden") || "true".equalsIgnoreCase(Attrs.get(e, "aria-hidden"))) {
            return true;
        }
        String style = Attrs.get(e, "style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
