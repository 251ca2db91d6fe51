package io.newsflow.ingest.decode;

import io.newsflow.ingest.file.InputFile;
import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.item.ItemFactory;
import io.newsflow.model.Checks;
import java.util.function.Consumer;

/**
 * Reads an input file into items: one for a text, HTML or JSON file, one per non-blank line for JSON Lines.
 * Bad input never throws; it becomes a refused item whose detail names the file (and line). Only exceptions
 * thrown by the sink come out of {@link #decode}.
 */
public final class FileDecoder {
    private final SingleRecordDecoder single;
    private final JsonLinesDecoder lines;
    private final ItemFactory items;

    public FileDecoder(IngestLimits limits, ItemFactory items) {
        Checks.notNull(limits, "limits");
        this.items = Checks.notNull(items, "items");
        this.single = new SingleRecordDecoder(limits, items);
        this.lines = new JsonLinesDecoder(limits, items);
    }

    /** Hands each item of {@code file} to {@code sink}, in file order. */
    public void decode(InputFile file, Consumer<IngestItem> sink) {
        decode(file, 0, sink);
    }

    /**
     * Hands each item of {@code file} to {@code sink}, in file order, leaving out the records of lines up to
     * {@code resumeAfterLine} (JSON Lines only; 0 for none), which an earlier run published.
     */
    public void decode(InputFile file, long resumeAfterLine, Consumer<IngestItem> sink) {
        Checks.notNull(file, "file");
        Checks.notNull(sink, "sink");
        if (!file.type().supported()) {
            DecodeFailure f = Refusals.unsupported(file);
            sink.accept(items.refuse(f.reason(), f.getMessage(), file.source(), f.input()));
        } else if (file.type().format().linePerRecord()) {
            lines.decode(file, resumeAfterLine, sink);
        } else {
            sink.accept(single.decode(file));
        }
    }
}
