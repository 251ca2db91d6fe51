package io.newsflow.processing.clean.bench;

import io.newsflow.model.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * One page of an extraction dev set: its truth line and where its HTML is.
 *
 * @param id     the page's id (its file's stem)
 * @param url    the page's URL, when the truth names one
 * @param source which part of the set the page comes from
 * @param body   the true main text
 * @param file   the page's HTML, {@code .html.gz} or {@code .html}, UTF-8
 */
public record DevPage(String id, Optional<String> url, String source, String body, Path file) {
    public DevPage {
        Checks.notNull(id, "id");
        Checks.notNull(url, "url");
        Checks.notNull(source, "source");
        Checks.notNull(body, "body");
        Checks.notNull(file, "file");
    }

    /** Reads the page's HTML. */
    public String html() throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
