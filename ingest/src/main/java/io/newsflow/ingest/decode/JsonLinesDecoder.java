package io.newsflow.ingest.decode;

import io.newsflow.ingest.file.InputFile;
import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.item.InputCopies;
import io.newsflow.ingest.item.ItemFactory;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams a JSON Lines file, one record per line, holding one line in memory at a time.
 *
 * <p>A bad line (malformed, invalid, too long, not UTF-8) becomes one refused item and the next line is read.
 * Blank lines are skipped. The file must be UTF-8 (RFC 8259 and the JSON Lines format say so); a leading UTF-8
 * byte order mark is dropped. What ends the file early becomes one last refused item naming the first line not
 * read: the file growing past {@code maxFileBytes} after decompression ({@code too-large}), a corrupt gzip
 * stream ({@code bad-compression}) or a read error ({@code unreadable}). Records before it stay accepted.
 */
final class JsonLinesDecoder {
    private static final int SNIFF_BYTES = 8000;

    private final IngestLimits limits;
    private final ItemFactory items;

    JsonLinesDecoder(IngestLimits limits, ItemFactory items) {
        this.limits = limits;
        this.items = items;
    }

    void decode(InputFile file, long resumeAfterLine, Consumer<IngestItem> sink) {
        try {
            checkStoredSize(file);
            read(file, resumeAfterLine, sink);
        } catch (DecodeFailure f) {
            sink.accept(refuse(file.source(), f));
        }
    }

    private void checkStoredSize(InputFile file) throws DecodeFailure {
        try {
            if (!file.type().gzip() && Files.size(file.path()) > limits.maxFileBytes()) {
                throw Refusals.tooLarge(file, file.sourcePath(), limits.maxFileBytes(),
                        FileInput.head(file.path(), InputCopy.MAX_BYTES));
            }
        } catch (IOException e) {
            throw Refusals.unreadable(file, file.sourcePath(), e);
        }
    }

    private void read(InputFile file, long resumeAfterLine, Consumer<IngestItem> sink) throws DecodeFailure {
        LineReader lines = null;
        try (InputStream raw = FileInput.open(file)) {
            CappedInputStream capped = new CappedInputStream(raw, limits.maxFileBytes());
            PushbackInputStream in = new PushbackInputStream(capped, SNIFF_BYTES);
            int start = checkHead(file, in);
            lines = new LineReader(in, capped::exceeded, limits.maxRecordBytes(), start);
            boolean any = readLines(file, lines, resumeAfterLine, sink);
            if (capped.exceeded()) {
                sink.accept(refuse(sourceAt(file, lines), new DecodeFailure(RejectReason.TOO_LARGE, file.sourcePath()
                        + " is larger than " + capped.limit() + " bytes after decompression; lines from "
                        + nextLine(lines) + " on were not read", Refusals.storedHead(file))));
            } else if (!any) {
                throw Refusals.empty(file.sourcePath(), new byte[0]);
            }
        } catch (BadCompressionException e) {
            sink.accept(refuse(sourceAt(file, lines),
                    Refusals.badCompression(file, file.sourcePath() + " from line " + nextLine(lines), e)));
        } catch (IOException e) {
            sink.accept(refuse(sourceAt(file, lines),
                    Refusals.unreadable(file, file.sourcePath() + " from line " + nextLine(lines), e)));
        }
    }

    /** Refuses binary and UTF-16 files; returns the length of a UTF-8 byte order mark, skipped. */
    private static int checkHead(InputFile file, PushbackInputStream in) throws IOException, DecodeFailure {
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.unread(head);
        Optional<Bom> bom = Bom.of(head);
        InputCopy copy = InputCopies.head(Arrays.copyOf(head, Math.min(head.length, InputCopy.MAX_BYTES)), head.length);
        if (bom.map(Bom::utf16).orElse(false)) {
            throw new DecodeFailure(RejectReason.INVALID_ENCODING, file.sourcePath() + ": JSON Lines must be"
                    + " UTF-8, found a " + bom.get().charset().name() + " byte order mark", copy);
        }
        int start = bom.map(Bom::length).orElse(0);
        if (BinarySniffer.looksBinary(head, start)) {
            throw new DecodeFailure(RejectReason.BINARY_CONTENT, file.sourcePath() + ": binary data, not JSON"
                    + " Lines (NUL bytes or control characters)", copy);
        }
        in.skipNBytes(start);
        return start;
    }

    /** Hands every line after {@code resumeAfterLine} to the sink; returns whether any line was not blank. */
    private boolean readLines(InputFile file, LineReader lines, long resumeAfterLine, Consumer<IngestItem> sink)
            throws IOException {
        boolean any = false;
        for (Line line = lines.next(); line != null; line = lines.next()) {
            if (!line.blank()) {
                any = true;
                if (line.number() > resumeAfterLine) {
                    sink.accept(item(file, line));
                }
            }
        }
        return any;
    }

    private IngestItem item(InputFile file, Line line) {
        Source source = file.source(line.number());
        try {
            if (line.tooLong()) {
                throw new DecodeFailure(RejectReason.TOO_LARGE, source.describe() + ": the line is longer than "
                        + limits.maxRecordBytes() + " bytes", InputCopies.head(FileInput.prefix(line.bytes(),
                        InputCopy.MAX_BYTES), line.fullLength()));
            }
            String json = StrictDecoding.decode(line.bytes(), 0, line.bytes().length, StandardCharsets.UTF_8,
                    source.describe(), line.offset());
            return items.accept(JsonRecordMapper.map(json, source, items));
        } catch (DecodeFailure f) {
            return refuse(source, f);
        }
    }

    private IngestItem refuse(Source source, DecodeFailure f) {
        return items.refuse(f.reason(), f.getMessage(), source, f.input());
    }

    private static long nextLine(LineReader lines) {
        return lines == null ? 1 : lines.nextNumber();
    }

    private static Source sourceAt(InputFile file, LineReader lines) {
        return file.source(nextLine(lines));
    }
}
