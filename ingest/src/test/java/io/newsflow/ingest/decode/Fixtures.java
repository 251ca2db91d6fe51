package io.newsflow.ingest.decode;

import io.newsflow.ingest.file.FileType;
import io.newsflow.ingest.file.InputFile;
import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.item.ItemFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The decoding fixtures in {@code src/test/resources/decode} and a decoder to read them. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2024-05-02T12:00:00Z");
    static final IngestLimits LIMITS = new IngestLimits(1024 * 1024, 64 * 1024);

    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/decode/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static InputFile file(String name) {
        return file(path(name));
    }

    static InputFile file(Path path) {
        String name = path.getFileName().toString();
        return new InputFile(path, name, FileType.of(name).orElse(FileType.UNSUPPORTED));
    }

    static FileDecoder decoder(IngestLimits limits) {
        return new FileDecoder(limits, ItemFactory.withTimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    static List<IngestItem> decode(InputFile file, IngestLimits limits) {
        List<IngestItem> items = new ArrayList<>();
        decoder(limits).decode(file, items::add);
        return items;
    }

    static List<IngestItem> decode(String name) {
        return decode(file(name), LIMITS);
    }
}
