package io.newsflow.processing.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Test fixtures under {@code src/test/resources/io/newsflow/processing/tag}. */
public final class Fixtures {
    public static final List<String> SEEDS = List.of("000_df965513c80b0924", "001_4469bc817fb31834",
            "002_2955dc23fe5ad522", "003_b966c93707d68b13", "004_da181a9541637482");

    private Fixtures() {
    }

    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/io/newsflow/processing/tag/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String seed(String id) {
        return read("seeds/" + id + ".txt");
    }

    public static Path fullTextFolder() {
        try {
            return Path.of(Fixtures.class.getResource("/io/newsflow/processing/tag/fulltext").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
