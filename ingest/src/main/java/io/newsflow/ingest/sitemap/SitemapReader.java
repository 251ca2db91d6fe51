package io.newsflow.ingest.sitemap;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import io.newsflow.ingest.decode.CappedInputStream;
import io.newsflow.ingest.decode.GzipGuard;
import io.newsflow.model.Checks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads XML, text and gzipped sitemaps, news sitemaps and sitemap indexes with crawler-commons (lenient about
 * namespaces, DOCTYPEs refused). A gzipped sitemap is decompressed here under the same size cap as any body, so
 * a gzip bomb stops at the cap.
 */
public final class SitemapReader {
    private final long maxBytes;

    public SitemapReader(long maxBytes) {
        this.maxBytes = Checks.positive(maxBytes, "maxBytes");
    }

    /** @throws SitemapException when the document is not a sitemap or is too large once decompressed */
    public SitemapContent read(byte[] body, String mediaType, URI url) throws SitemapException {
        Checks.notNull(body, "body");
        Checks.notNull(url, "url");
        byte[] bytes = gunzipped(body);
        SiteMapParser parser = new SiteMapParser(false);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        try {
            AbstractSiteMap map = parser.parseSiteMap(textType(mediaType, bytes), bytes, url.toURL());
            return map instanceof SiteMapIndex index ? index(index) : pages((SiteMap) map);
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new SitemapException("not a readable sitemap: " + e.getMessage());
        }
    }

    private byte[] gunzipped(byte[] body) throws SitemapException {
        if (body.length < 2 || (body[0] & 0xFF) != 0x1F || (body[1] & 0xFF) != 0x8B) {
            return body;
        }
        try (InputStream in = GzipGuard.open(new ByteArrayInputStream(body));
             CappedInputStream capped = new CappedInputStream(in, maxBytes)) {
            byte[] bytes = capped.readAllBytes();
            if (capped.exceeded()) {
                throw new SitemapException("larger than " + maxBytes + " bytes after decompression");
            }
            return bytes;
        } catch (IOException e) {
            throw new SitemapException("corrupt gzip: " + e.getMessage());
        }
    }

    /** crawler-commons picks XML or text by the media type; gzip is already undone. */
    private static String textType(String mediaType, byte[] bytes) {
        String t = mediaType == null ? "" : mediaType;
        if (t.contains("xml") || t.equals("text/plain")) {
            return t;
        }
        return new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.UTF_8).contains("<")
                ? "application/xml" : "text/plain";
    }

    private static SitemapContent index(SiteMapIndex index) {
        List<URI> maps = new ArrayList<>();
        for (AbstractSiteMap m : index.getSitemaps()) {
            toUri(m.getUrl().toString()).ifPresent(maps::add);
        }
        return new SitemapContent.Index(maps);
    }

    private static SitemapContent pages(SiteMap map) {
        List<SitemapEntry> entries = new ArrayList<>();
        for (SiteMapURL u : map.getSiteMapUrls()) {
            NewsAttributes news = news(u);
            String lastMod = u.getLastModified() == null ? null : u.getLastModified().toInstant().toString();
            entries.add(new SitemapEntry(u.getUrl().toString(), news == null ? null : news.getTitle(),
                    news == null || news.getPublicationDateTime() == null ? null
                            : news.getPublicationDateTime().toOffsetDateTime().toString(),
                    lastMod, news == null || news.getKeywords() == null ? List.of() : List.of(news.getKeywords())));
        }
        return new SitemapContent.Pages(entries);
    }

    private static NewsAttributes news(SiteMapURL u) {
        ExtensionMetadata[] meta = u.getAttributesForExtension(Extension.NEWS);
        return meta != null && meta.length > 0 && meta[0] instanceof NewsAttributes n ? n : null;
    }

    private static Optional<URI> toUri(String s) {
        try {
            return Optional.of(new URI(s));
        } catch (URISyntaxException e) {
            return Optional.empty(); // crawler-commons validated it as a URL; one that is not a URI is skipped
        }
    }
}
