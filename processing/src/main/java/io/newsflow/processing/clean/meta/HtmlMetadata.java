package io.newsflow.processing.clean.meta;

import io.newsflow.processing.clean.FoundFields;
import io.newsflow.processing.clean.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata, best source first for each field, into {@link FoundFields} with provenance:
 * JSON-LD ({@code "json-ld"}), meta tags ({@code "meta:og:title"}), {@code <link rel=canonical>},
 * {@code <time>}, {@code <h1>}, {@code <title>} and the URL. Must run on the whole page, before pruning.
 */
public final class HtmlMetadata {
    private static final List<String> PUBLISHED = List.of("article:published_time", "datepublished",
            "og:published_time", "publishdate", "publish-date", "pubdate", "date", "dc.date", "dc.date.issued",
            "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "published_time",
            "cxenseparse:recs:publishtime", "date_published", "original-publish-date");
    private static final List<String> MODIFIED = List.of("article:modified_time", "datemodified", "og:updated_time",
            "dcterms.modified", "last-modified", "article.updated", "modified_time", "dc.date.modified");
    private static final List<String> AUTHORS = List.of("author", "article:author", "parsely-author",
            "sailthru.author", "dc.creator", "byl", "twitter:creator");
    private static final List<String> DESCRIPTIONS = List.of("og:description", "description",
            "twitter:description", "dc.description");
    private static final List<String> IMAGES = List.of("og:image", "og:image:url", "og:image:secure_url",
            "twitter:image", "twitter:image:src", "thumbnailurl");

    private final Document doc;
    private final String url;
    private final Map<String, String> meta;
    private final JsonLd ld;
    private final FoundFields found;

    private final PageScan scan;

    private HtmlMetadata(Document doc, PageScan scan, JsonLd ld, String url, FoundFields found) {
        this.doc = doc;
        this.scan = scan;
        this.url = url;
        this.meta = scan.meta();
        this.ld = ld;
        this.found = found;
    }

    /** Reads every field it can; {@code url} is the page's declared URL or null. */
    public static FoundFields read(Document doc, String url) {
        PageScan scan = PageScan.of(doc);
        return read(doc, scan, JsonLd.of(scan.jsonLd()), url);
    }

    /** Reads every field it can from a page already scanned, with its JSON-LD already parsed. */
    public static FoundFields read(Document doc, PageScan scan, JsonLd ld, String url) {
        FoundFields found = new FoundFields();
        HtmlMetadata reader = new HtmlMetadata(doc, scan, ld, url, found);
        reader.siteName();
        reader.title();
        reader.dates();
        reader.authors();
        reader.urls();
        return found;
    }

    /** JSON-LD {@code articleBody}, when the page gives one. */
    public static Optional<String> articleBody(Document doc) {
        return JsonLd.of(doc).text("articleBody");
    }

    private void siteName() {
        offerMeta(FoundFields.SITE_NAME, "og:site_name");
        ld.nestedName("publisher").ifPresent(v -> found.offer(FoundFields.SITE_NAME, v, "json-ld"));
        offerMeta(FoundFields.SITE_NAME, "application-name");
    }

    private void title() {
        String site = found.get(FoundFields.SITE_NAME);
        Optional.ofNullable(meta.get("og:title"))
                .ifPresent(t -> found.offer(FoundFields.TITLE, Titles.withoutSiteName(t, site), "meta:og:title"));
        ld.text("headline").ifPresent(t -> found.offer(FoundFields.TITLE, clean(t), "json-ld"));
        Element h1 = scan.h1();
        if (h1 != null) {
            found.offer(FoundFields.TITLE, clean(h1.text()), "h1");
        }
        found.offer(FoundFields.TITLE, Titles.withoutSiteName(doc.title(), site), "title");
        offerFirstMeta(FoundFields.DESCRIPTION, DESCRIPTIONS, false);
        ld.text("description").ifPresent(d -> found.offer(FoundFields.DESCRIPTION, clean(d), "json-ld"));
    }

    private void dates() {
        ld.text("datePublished").flatMap(Dates::parseMachine)
                .ifPresent(d -> found.offer(FoundFields.PUBLISHED_AT, d, "json-ld"));
        offerDate(FoundFields.PUBLISHED_AT, PUBLISHED);
        Element time = scan.time();
        if (time != null && !found.has(FoundFields.PUBLISHED_AT)) {
            Dates.parseMachine(time.attr("datetime"))
                    .ifPresent(d -> found.offer(FoundFields.PUBLISHED_AT, d, "time"));
        }
        if (!found.has(FoundFields.PUBLISHED_AT)) {
            Dates.parseUrl(url).ifPresent(d -> found.offer(FoundFields.PUBLISHED_AT, d, "url"));
        }
        ld.text("dateModified").flatMap(Dates::parseMachine)
                .ifPresent(d -> found.offer(FoundFields.MODIFIED_AT, d, "json-ld"));
        offerDate(FoundFields.MODIFIED_AT, MODIFIED);
    }

    private void authors() {
        found.offerAuthors(names(ld.names("author")), "json-ld");
        for (String key : AUTHORS) {
            String value = meta.get(key);
            if (value != null && !value.contains("://") && !value.startsWith("@")) {
                found.offerAuthors(Bylines.split(value), "meta:" + key);
            }
        }
        found.offerAuthors(splitAll(scan.authorNames()), "byline");
        found.offerAuthors(splitAll(scan.bylines()), "byline");
    }

    private void urls() {
        Element canonical = scan.canonical();
        if (canonical != null) {
            found.offer(FoundFields.CANONICAL_URL, canonical.absUrl("href"), "link:canonical");
        }
        offerMeta(FoundFields.CANONICAL_URL, "og:url");
        ld.url("url").ifPresent(u -> found.offer(FoundFields.CANONICAL_URL, u, "json-ld"));
        offerFirstMeta(FoundFields.IMAGE_URL, IMAGES, true);
        ld.url("image").ifPresent(u -> found.offer(FoundFields.IMAGE_URL, absolute(u), "json-ld"));
    }

    private static List<String> splitAll(List<String> texts) {
        List<String> names = new ArrayList<>();
        for (String text : texts) {
            names.addAll(Bylines.split(text));
        }
        return names.stream().distinct().toList();
    }

    private static List<String> names(List<String> raw) {
        return raw.stream().flatMap(n -> Bylines.split(n).stream()).distinct().toList();
    }

    /** Offers the first of the meta dates that parses; once the field is found, the rest are not parsed. */
    private void offerDate(String field, List<String> keys) {
        for (String key : keys) {
            if (found.has(field)) {
                return;
            }
            String value = meta.get(key);
            if (value != null) {
                Dates.parseMachine(value).ifPresent(d -> found.offer(field, d, "meta:" + key));
            }
        }
    }

    private void offerMeta(String field, String key) {
        found.offer(field, clean(meta.get(key)), "meta:" + key);
    }

    private void offerFirstMeta(String field, List<String> keys, boolean link) {
        for (String key : keys) {
            String value = meta.get(key);
            if (value != null && !value.isBlank()) {
                found.offer(field, link ? absolute(value.strip()) : clean(value), "meta:" + key);
                return;
            }
        }
    }

    private String absolute(String link) {
        if (link == null || link.isBlank() || url == null || link.contains("://")) {
            return link;
        }
        return org.jsoup.internal.StringUtil.resolve(url, link);
    }

    private static String clean(String s) {
        return s == null ? null : TextNormalizer.normalizeLine(TextNormalizer.decodeEntities(s));
    }
}
