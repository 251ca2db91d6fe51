package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A clean article: the value of the articles topic and one line of {@code out/articles/*.jsonl}.
 * The JSON Schema in {@code model/src/main/resources/schema/article.schema.json} documents it for consumers.
 *
 * @param id           unique id, the one ingest gave the raw record
 * @param version      1 for a new article; n when it is the n-th distinct text seen under the same canonical URL
 * @param url          the URL the input declared
 * @param canonicalUrl the URL with tracking parameters and fragment removed (or the page's rel=canonical)
 * @param title        the headline, not part of {@code text}
 * @param text         the body: paragraphs separated by a blank line, boilerplate removed
 * @param wordCount    words in {@code text}
 * @param language     ISO 639-1 code, or null when it could not be told
 * @param publishedAt  ISO-8601 date or date-time of publication, when known
 * @param modifiedAt   ISO-8601 date or date-time of the last modification, when known
 * @param authors      bylines
 * @param siteName     the publication's name
 * @param description  the page's summary
 * @param imageUrl     the lead image
 * @param category     the top-scoring category
 * @param categories   every category with its score (0..1, summing to 1), written in key order (as are
 *                     {@code provenance} and a raw record's {@code metadata}: the same record is the same bytes in
 *                     every process, although {@code Map.copyOf} iterates in an order salted anew in each JVM)
 * @param topics       user topic rules that matched, with the reason
 * @param entities     people, organisations and places, one entry per entity
 * @param keywords     distinctive terms, best first
 * @param fingerprint  hash of the normalised text, the exact-duplicate key
 * @param provenance   for each extracted field, where it was found ("title": "text:first-line")
 * @param source       where the input came from
 * @param ingestedAt   when ingest read it
 * @param processedAt  when processing emitted it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Article(
        String id,
        int version,
        String url,
        String canonicalUrl,
        String title,
        String text,
        int wordCount,
        String language,
        String publishedAt,
        String modifiedAt,
        List<String> authors,
        String siteName,
        String description,
        String imageUrl,
        String category,
        @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES) Map<String, Double> categories,
        List<TopicMatch> topics,
        List<Entity> entities,
        List<Keyword> keywords,
        String fingerprint,
        @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES) Map<String, String> provenance,
        Source source,
        Instant ingestedAt,
        Instant processedAt) {

    public Article {
        Checks.notBlank(id, "id");
        Checks.positive(version, "version");
        Checks.notNull(text, "text");
        Checks.notNull(source, "source");
        Checks.notNegative(wordCount, "wordCount");
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? Map.of() : Map.copyOf(categories);
        topics = topics == null ? List.of() : List.copyOf(topics);
        entities = entities == null ? List.of() : List.copyOf(entities);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    public static Builder builder(String id, Source source) {
        return new Builder().id(id).source(source);
    }

    public Builder toBuilder() {
        return new Builder().id(id).version(version).url(url).canonicalUrl(canonicalUrl).title(title).text(text)
                .language(language).publishedAt(publishedAt).modifiedAt(modifiedAt).authors(authors)
                .siteName(siteName).description(description).imageUrl(imageUrl).category(category)
                .categories(categories).topics(topics).entities(entities).keywords(keywords)
                .fingerprint(fingerprint).provenance(provenance).source(source).ingestedAt(ingestedAt)
                .processedAt(processedAt);
    }

    /** Builds articles step by step; {@code wordCount} is derived from the text. */
    public static final class Builder {
        private String id;
        private int version = 1;
        private String url;
        private String canonicalUrl;
        private String title;
        private String text = "";
        private String language;
        private String publishedAt;
        private String modifiedAt;
        private List<String> authors;
        private String siteName;
        private String description;
        private String imageUrl;
        private String category;
        private Map<String, Double> categories;
        private List<TopicMatch> topics;
        private List<Entity> entities;
        private List<Keyword> keywords;
        private String fingerprint;
        private Map<String, String> provenance;
        private Source source;
        private Instant ingestedAt;
        private Instant processedAt;

        private Builder() {
        }

        public Builder id(String v) { id = v; return this; }
        public Builder version(int v) { version = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder canonicalUrl(String v) { canonicalUrl = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder publishedAt(String v) { publishedAt = v; return this; }
        public Builder modifiedAt(String v) { modifiedAt = v; return this; }
        public Builder authors(List<String> v) { authors = v; return this; }
        public Builder siteName(String v) { siteName = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder imageUrl(String v) { imageUrl = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder categories(Map<String, Double> v) { categories = v; return this; }
        public Builder topics(List<TopicMatch> v) { topics = v; return this; }
        public Builder entities(List<Entity> v) { entities = v; return this; }
        public Builder keywords(List<Keyword> v) { keywords = v; return this; }
        public Builder fingerprint(String v) { fingerprint = v; return this; }
        public Builder provenance(Map<String, String> v) { provenance = v; return this; }
        public Builder source(Source v) { source = v; return this; }
        public Builder ingestedAt(Instant v) { ingestedAt = v; return this; }
        public Builder processedAt(Instant v) { processedAt = v; return this; }

        public Article build() {
            return new Article(id, version, url, canonicalUrl, title, text, Words.count(text), language,
                    publishedAt, modifiedAt, authors, siteName, description, imageUrl, category, categories, topics,
                    entities, keywords, fingerprint, provenance, source, ingestedAt, processedAt);
        }
    }
}
