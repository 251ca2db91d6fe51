package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a record went to the dead-letter topic. The codes are part of the output contract: consumers and
 * metrics group rejections by them, and the record's {@code detail} says the particulars.
 */
public enum RejectReason {
    /** The input has no bytes, or only white space. */
    EMPTY_INPUT,
    /** The input looks like binary data (NUL bytes, control characters), not text. */
    BINARY_CONTENT,
    /** The bytes are not valid in the declared or detected character set. */
    INVALID_ENCODING,
    /** The input is larger than the configured limit, before or after decompression. */
    TOO_LARGE,
    /** A gzip stream is corrupt or truncated. */
    BAD_COMPRESSION,
    /** A JSON record or JSON Lines line could not be parsed. */
    MALFORMED_JSON,
    /** A JSON record parsed but lacks a required field or has one of the wrong type. */
    INVALID_RECORD,
    /** The file's type is not one ingest reads. */
    UNSUPPORTED_FORMAT,
    /** The file or URL could not be read. */
    UNREADABLE,
    /** A raw-topic record is not a valid newsflow raw record. */
    MALFORMED_RAW_RECORD,
    /** Cleaning left no article text, or too little to be an article. */
    NO_ARTICLE_TEXT,
    /** The content could not be processed within the configured limits of size, depth or time. */
    UNPROCESSABLE,
    /** Fetching a URL was refused by policy (scheme, address, robots.txt) or failed. */
    FETCH_REFUSED;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
