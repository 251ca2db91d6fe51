package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a record came from, kept from ingest to the output files.
 *
 * @param kind what kind of input it was
 * @param path for files, the path relative to the replayed folder (or the file name when a single file was
 *             named), with {@code /} separators; null otherwise
 * @param line for JSON Lines files, the 1-based line number; null otherwise
 * @param url  the URL the record was fetched from or declares; null when unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(SourceKind kind, String path, Integer line, String url) {
    public Source {
        Checks.notNull(kind, "kind");
        if (line != null && line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }

    public static Source file(String path) {
        return new Source(SourceKind.FILE, Checks.notBlank(path, "path"), null, null);
    }

    public static Source fileLine(String path, int line) {
        return new Source(SourceKind.FILE, Checks.notBlank(path, "path"), line, null);
    }

    public static Source web(SourceKind kind, String url) {
        return new Source(kind, null, null, Checks.notBlank(url, "url"));
    }

    public Source withUrl(String newUrl) {
        return new Source(kind, path, line, newUrl);
    }

    /** A short human-readable form: {@code seeds/a.txt}, {@code feed.jsonl:12} or the URL. */
    public String describe() {
        if (path != null) {
            return line == null ? path : path + ":" + line;
        }
        return url == null ? kind.id() : url;
    }
}
