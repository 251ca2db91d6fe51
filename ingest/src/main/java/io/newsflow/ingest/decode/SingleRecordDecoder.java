package io.newsflow.ingest.decode;

import io.newsflow.ingest.file.InputFile;
import io.newsflow.ingest.file.InputFormat;
import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.item.ItemFactory;
import io.newsflow.model.ContentFormat;
import io.newsflow.model.InputCopy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/** Reads a file that holds one record: a text page, an HTML page or one JSON record. */
final class SingleRecordDecoder {
    private final IngestLimits limits;
    private final ItemFactory items;

    SingleRecordDecoder(IngestLimits limits, ItemFactory items) {
        this.limits = limits;
        this.items = items;
    }

    IngestItem decode(InputFile file) {
        try {
            return accept(file, text(file, read(file)));
        } catch (DecodeFailure f) {
            return items.refuse(f.reason(), f.getMessage(), file.source(), f.input());
        }
    }

    private IngestItem accept(InputFile file, String text) throws DecodeFailure {
        return switch (file.type().format()) {
            case TEXT -> items.accept(file.source(), ContentFormat.TEXT, text);
            case HTML -> items.accept(file.source(), ContentFormat.HTML, text);
            case JSON -> items.accept(JsonRecordMapper.map(text, file.source(), items));
            case JSONL, UNSUPPORTED -> throw new IllegalStateException("not a single-record file: " + file);
        };
    }

    private static String text(InputFile file, byte[] bytes) throws DecodeFailure {
        if (bytes.length == 0) {
            throw Refusals.empty(file.sourcePath(), bytes);
        }
        String text = TextDecoder.decode(bytes, file.type().format() == InputFormat.HTML, file.sourcePath());
        if (text.isBlank()) {
            throw Refusals.empty(file.sourcePath(), bytes);
        }
        return text;
    }

    private byte[] read(InputFile file) throws DecodeFailure {
        long limit = limits.maxRecordBytes();
        try {
            if (!file.type().gzip() && Files.size(file.path()) > limit) {
                throw Refusals.tooLarge(file, file.sourcePath(), limit, FileInput.head(file.path(), InputCopy.MAX_BYTES));
            }
            try (InputStream in = FileInput.open(file)) {
                byte[] bytes = FileInput.readUpTo(in, limit);
                if (bytes.length > limit) {
                    throw Refusals.tooLarge(file, file.sourcePath(), limit, FileInput.prefix(bytes, InputCopy.MAX_BYTES));
                }
                return bytes;
            }
        } catch (BadCompressionException e) {
            throw Refusals.badCompression(file, file.sourcePath(), e);
        } catch (IOException e) {
            throw Refusals.unreadable(file, file.sourcePath(), e);
        }
    }
}
