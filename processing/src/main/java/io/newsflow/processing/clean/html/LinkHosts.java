package io.newsflow.processing.clean.html;

import java.util.Locale;

/**
 * The host a link's address names, read straight from the {@code href} ({@code https://www.Example.org/a} gives
 * {@code example.org}) without parsing it as a URI: the cleaner asks this of every link of a few boxes per page. A
 * relative address names no host of its own (it is the page's). Hand-written; two hosts are taken for one site when
 * they are equal or one is a subdomain of the other, the public-suffix list being more than this needs.
 */
final class LinkHosts {
    private LinkHosts() {
    }

    /** The lower-case host of an absolute or protocol-relative {@code href}, without {@code www.}; null if relative. */
    static String of(String href) {
        String h = href.strip();
        int start;
        if (h.regionMatches(true, 0, "https://", 0, 8)) {
            start = 8;
        } else if (h.regionMatches(true, 0, "http://", 0, 7)) {
            start = 7;
        } else if (h.startsWith("//")) {
            start = 2;
        } else {
            return null;
        }
        int end = start;
        while (end < h.length() && "/?#:".indexOf(h.charAt(end)) < 0) {
            end++;
        }
        String host = h.substring(start, end).toLowerCase(Locale.ROOT);
        int at = host.lastIndexOf('@');
        host = at >= 0 ? host.substring(at + 1) : host;
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** Whether {@code a} and {@code b} are one site: the same host, or one a subdomain of the other. */
    static boolean sameSite(String a, String b) {
        return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
    }
}
