package io.newsflow.ingest.web;

import io.newsflow.ingest.decode.BodyText;
import io.newsflow.ingest.fetch.FetchResponse;
import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.item.ItemFactory;
import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import io.newsflow.model.SourceKind;
import io.newsflow.model.config.WebSource;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns a fetched page into a raw article with its listing's metadata, or into a dead letter. */
final class PageRecords {
    private final ItemFactory items;

    PageRecords(ItemFactory items) {
        this.items = items;
    }

    IngestItem page(WebSource source, Lead lead, FetchResponse.Fetched page) {
        SourceKind kind = lead.itemId() == null && lead.title() == null ? SourceKind.PAGE : SourceKind.FEED;
        String url = UrlCanonicalizer.canonical(page.finalUri().toString());
        Source where = Source.web(kind, url);
        BodyText.Result text = BodyText.decode(page.body(), page.charset(), true, page.requested().toString());
        if (text instanceof BodyText.Failed failed) {
            return items.refuse(failed.reason(), failed.detail(), where, failed.input());
        }
        String html = ((BodyText.Text) text).text();
        RawArticle article = RawArticle.of(items.newId(), where, ContentFormat.HTML, html, items.now())
                .withDeclared(url, lead.title(), lead.publishedAt(), lead.authors())
                .withMetadata(metadata(source, lead, page, html));
        return items.accept(article);
    }

    private static Map<String, String> metadata(WebSource source, Lead lead, FetchResponse.Fetched page, String html) {
        Map<String, String> m = new HashMap<>();
        put(m, "source-url", source.url());
        put(m, "source-type", source.type().id());
        put(m, "site-name", source.siteName());
        put(m, "tags", String.join(",", source.tags()));
        put(m, "item-id", lead.itemId());
        put(m, "categories", String.join(", ", lead.categories()));
        put(m, "requested-url", lead.url());
        put(m, "fetched-url", page.finalUri().toString());
        put(m, "canonical", canonicalLink(html, page.finalUri().toString()));
        m.put("http.status", String.valueOf(page.status()));
        page.headers().forEach((name, value) -> m.put("http." + name, value));
        return m;
    }

    /** The page's {@code <link rel=canonical>}, absolute, or null. */
    static String canonicalLink(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String href = link == null ? "" : link.absUrl("href");
        return href.isEmpty() ? null : href;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }
}
