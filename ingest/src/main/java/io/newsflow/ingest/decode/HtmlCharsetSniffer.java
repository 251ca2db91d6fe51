package io.newsflow.ingest.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the character set an HTML page declares in a {@code <meta charset>} or
 * {@code <meta http-equiv="content-type" content="...; charset=...">} tag within its first 1024 bytes: a
 * simplified form of the WHATWG encoding prescan. Hand-written because ingest only needs this one step of an
 * HTML parser and does not depend on one (Jsoup belongs to processing); it follows the standard where it
 * matters: comments are skipped, the first supported declaration wins, a declared UTF-16 means UTF-8 (the bytes
 * of an ASCII-compatible prescan cannot be UTF-16), and {@code iso-8859-1} and {@code us-ascii} mean
 * {@code windows-1252}, as browsers read them.
 */
final class HtmlCharsetSniffer {
    private static final int PRESCAN_BYTES = 1024;
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
    private static final Pattern META = Pattern.compile("<meta[\\s/]([^>]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=/>]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
    private static final Pattern CONTENT_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([^\\s;\"']+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlCharsetSniffer() {
    }

    /** The declared character set, when a supported one is declared in the first 1024 bytes from {@code from}. */
    static Optional<Charset> sniff(byte[] bytes, int from) {
        int length = Math.max(0, Math.min(bytes.length - from, PRESCAN_BYTES));
        String head = COMMENT.matcher(new String(bytes, from, length, StandardCharsets.ISO_8859_1)).replaceAll(" ");
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Optional<Charset> declared = declaredIn(meta.group(1)).flatMap(HtmlCharsetSniffer::charset);
            if (declared.isPresent()) {
                return declared;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> declaredIn(String attributes) {
        String charset = null;
        String httpEquiv = null;
        String content = null;
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = firstNonNull(attribute.group(2), attribute.group(3), attribute.group(4));
            switch (name) {
                case "charset" -> charset = charset == null ? value : charset;
                case "http-equiv" -> httpEquiv = httpEquiv == null ? value : httpEquiv;
                case "content" -> content = content == null ? value : content;
                default -> { }
            }
        }
        if (charset != null) {
            return Optional.of(charset);
        }
        return "content-type".equalsIgnoreCase(httpEquiv) ? fromContent(content) : Optional.empty();
    }

    private static Optional<String> fromContent(String content) {
        if (content == null) {
            return Optional.empty();
        }
        Matcher m = CONTENT_CHARSET.matcher(content);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String label) {
        try {
            return Optional.of(asBrowsersRead(Charset.forName(label.trim())));
        } catch (IllegalArgumentException e) { // IllegalCharsetName-, UnsupportedCharsetException
            return Optional.empty(); // the standard's rule: an unknown label is ignored, the prescan goes on
        }
    }

    private static Charset asBrowsersRead(Charset declared) {
        String name = declared.name();
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
            return StandardCharsets.UTF_8;
        }
        if (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)) {
            return WINDOWS_1252;
        }
        return declared;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return "";
    }
}
