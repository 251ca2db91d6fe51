package io.newsflow.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Checks;
import io.newsflow.model.kafka.Json;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads RSS 0.9x/1.0/2.0, Atom 1.0 and JSON Feed documents; anything else is a {@link FeedException}. */
public final class FeedParser {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private FeedParser() {
    }

    /**
     * @param base the feed's URL, against which relative links are resolved
     */
    public static Feed parse(byte[] body, URI base) throws FeedException {
        Checks.notNull(body, "body");
        Checks.notNull(base, "base");
        return looksJson(body) ? json(body, base) : xml(XmlTree.parse(body), base);
    }

    private static boolean looksJson(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return b == '{';
            }
        }
        return false;
    }

    private static Feed xml(XmlNode root, URI base) throws FeedException {
        switch (root.name) {
            case "rss" -> {
                XmlNode channel = root.child("channel").orElseThrow(() -> new FeedException("<rss> without <channel>"));
                String version = root.attribute("version") == null ? "" : root.attribute("version");
                FeedFormat format = version.startsWith("0.9") ? FeedFormat.RSS_0_9X : FeedFormat.RSS_2_0;
                return rss(format, channel, channel.all("item"), base);
            }
            case "RDF" -> {
                XmlNode channel = root.child("channel").orElseThrow(() -> new FeedException("<rdf:RDF> without <channel>"));
                return rss(FeedFormat.RSS_1_0, channel, root.all("item"), base);
            }
            case "feed" -> {
                return atom(root, base);
            }
            default -> throw new FeedException("not a feed: the root element is <" + root.name + ">");
        }
    }

    private static Feed rss(FeedFormat format, XmlNode channel, List<XmlNode> nodes, URI base) {
        List<FeedItem> items = new ArrayList<>();
        int skipped = 0;
        for (XmlNode n : nodes) {
            String link = Links.absolute(base, n.childText("link")).orElseGet(() -> permalink(n, base));
            if (link == null) {
                skipped++;
                continue;
            }
            String guid = n.childText("guid");
            String about = n.attribute("about");
            String id = guid != null ? guid : about != null ? about : link;
            String date = FeedDates.iso(firstNonNull(n.childText("pubDate"), n.childText("date")));
            List<String> authors = texts(n, "creator");
            String author = n.childText("author");
            if (author != null) {
                authors = new ArrayList<>(authors);
                authors.add(0, rssAuthor(author));
            }
            List<String> categories = new ArrayList<>(texts(n, "category"));
            categories.addAll(texts(n, "subject"));
            items.add(new FeedItem(id, link, n.childText("title"), date, authors, categories));
        }
        return new Feed(format, channel.childText("title"), items, skipped, hints(channel));
    }

    private static Feed atom(XmlNode feed, URI base) {
        List<FeedItem> items = new ArrayList<>();
        int skipped = 0;
        for (XmlNode e : feed.all("entry")) {
            Optional<String> link = e.all("link").stream()
                    .filter(l -> l.attribute("rel") == null || "alternate".equals(l.attribute("rel")))
                    .map(l -> l.attribute("href")).flatMap(h -> Links.absolute(base, h).stream()).findFirst();
            if (link.isEmpty()) {
                skipped++;
                continue;
            }
            String id = firstNonNull(e.childText("id"), link.get());
            String date = FeedDates.iso(firstNonNull(e.childText("published"), e.childText("updated")));
            List<String> authors = e.all("author").stream().map(a -> a.childText("name")).filter(n -> n != null)
                    .toList();
            List<String> categories = e.all("category").stream()
                    .map(c -> firstNonNull(c.attribute("label"), c.attribute("term"))).filter(c -> c != null).toList();
            items.add(new FeedItem(id, link.get(), e.childText("title"), date, authors, categories));
        }
        return new Feed(FeedFormat.ATOM_1_0, feed.childText("title"), items, skipped, hints(feed));
    }

    private static Feed json(byte[] body, URI base) throws FeedException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new FeedException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FeedException("not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
            throw new FeedException("not a JSON Feed: no \"version\": \"https://jsonfeed.org/version/...\"");
        }
        List<FeedItem> items = new ArrayList<>();
        int skipped = 0;
        for (JsonNode item : root.path("items")) {
            Optional<String> link = Links.absolute(base, text(item, "url"))
                    .or(() -> Links.absolute(base, text(item, "external_url")));
            if (link.isEmpty()) {
                skipped++;
                continue;
            }
            List<String> authors = new ArrayList<>();
            item.path("authors").forEach(a -> Optional.ofNullable(text(a, "name")).ifPresent(authors::add));
            Optional.ofNullable(text(item.path("author"), "name")).ifPresent(authors::add);
            List<String> tags = new ArrayList<>();
            item.path("tags").forEach(t -> tags.add(t.asText()));
            String date = FeedDates.iso(firstNonNull(text(item, "date_published"), text(item, "date_modified")));
            items.add(new FeedItem(firstNonNull(text(item, "id"), link.get()), link.get(), text(item, "title"), date,
                    authors, tags));
        }
        return new Feed(FeedFormat.JSON_FEED, text(root, "title"), items, skipped, Optional.empty());
    }

    /** ttl (minutes) or sy:updatePeriod / sy:updateFrequency, whichever is longer. */
    private static Optional<Duration> hints(XmlNode channel) {
        Optional<Duration> ttl = minutes(channel.childText("ttl"));
        Optional<Duration> sy = syndication(channel.childText("updatePeriod"), channel.childText("updateFrequency"));
        if (ttl.isPresent() && sy.isPresent()) {
            return Optional.of(ttl.get().compareTo(sy.get()) >= 0 ? ttl.get() : sy.get());
        }
        return ttl.or(() -> sy);
    }

    private static Optional<Duration> minutes(String ttl) {
        if (ttl == null || !ttl.matches("\\d{1,7}") || Long.parseLong(ttl) == 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMinutes(Long.parseLong(ttl)));
    }

    private static Optional<Duration> syndication(String period, String frequency) {
        if (period == null && frequency == null) {
            return Optional.empty();
        }
        Duration p = switch (period == null ? "daily" : period.toLowerCase(Locale.ROOT)) {
            case "hourly" -> Duration.ofHours(1);
            case "weekly" -> Duration.ofDays(7);
            case "monthly" -> Duration.ofDays(30);
            case "yearly" -> Duration.ofDays(365);
            default -> Duration.ofDays(1);
        };
        long f = frequency != null && frequency.matches("\\d{1,6}") && Long.parseLong(frequency) > 0
                ? Long.parseLong(frequency) : 1;
        return Optional.of(p.dividedBy(f));
    }

    private static String permalink(XmlNode item, URI base) {
        String guid = item.childText("guid");
        boolean permalink = item.child("guid").map(g -> !"false".equalsIgnoreCase(g.attribute("isPermaLink")))
                .orElse(false);
        return permalink ? Links.absolute(base, guid).orElse(null) : null;
    }

    /** "jane@example.com (Jane Doe)" is Jane Doe. */
    private static String rssAuthor(String author) {
        int open = author.indexOf('(');
        int close = author.lastIndexOf(')');
        return open >= 0 && close > open ? author.substring(open + 1, close).trim() : author;
    }

    private static List<String> texts(XmlNode node, String local) {
        return node.all(local).stream().map(XmlNode::text).filter(t -> !t.isEmpty()).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText().trim();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
