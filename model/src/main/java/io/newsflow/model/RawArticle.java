package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A record on the raw topic: one article as ingest found it, before any cleaning.
 *
 * @param id          unique id of this ingested record
 * @param source      where it came from
 * @param format      how {@code content} is to be read
 * @param content     the decoded text or HTML
 * @param url         the article's URL when the input declares one
 * @param title       a title the input declares (JSON field, feed item), used when cleaning finds none
 * @param publishedAt a publication date the input declares, ISO-8601
 * @param authors     authors the input declares
 * @param metadata    other facts from the input: feed item categories, HTTP headers that matter
 * @param ingestedAt  when ingest read it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RawArticle(
        String id,
        Source source,
        ContentFormat format,
        String content,
        String url,
        String title,
        String publishedAt,
        List<String> authors,
        @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES) Map<String, String> metadata,
        Instant ingestedAt) {

    public RawArticle {
        Checks.notBlank(id, "id");
        Checks.notNull(source, "source");
        Checks.notNull(format, "format");
        Checks.notNull(content, "content");
        Checks.notNull(ingestedAt, "ingestedAt");
        authors = authors == null ? List.of() : List.copyOf(authors);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** A raw record with only the required parts; the optional ones can be added with the {@code with} methods. */
    public static RawArticle of(String id, Source source, ContentFormat format, String content, Instant ingestedAt) {
        return new RawArticle(id, source, format, content, source.url(), null, null, List.of(), Map.of(), ingestedAt);
    }

    public RawArticle withDeclared(String newUrl, String newTitle, String newPublishedAt, List<String> newAuthors) {
        return new RawArticle(id, source, format, content, newUrl, newTitle, newPublishedAt, newAuthors, metadata,
                ingestedAt);
    }

    public RawArticle withMetadata(Map<String, String> newMetadata) {
        return new RawArticle(id, source, format, content, url, title, publishedAt, authors, newMetadata, ingestedAt);
    }
}
