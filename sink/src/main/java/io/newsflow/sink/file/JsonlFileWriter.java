package io.newsflow.sink.file;

import io.newsflow.model.Checks;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes JSON Lines, plain or gzipped, to a temp file, and makes it durable with an fsync before it is renamed. */
public final class JsonlFileWriter implements RecordWriter {
    private static final Logger LOG = LoggerFactory.getLogger(JsonlFileWriter.class);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path tempFile;
    private final FileChannel channel;
    private final OutputStream out;
    private long bytes;

    private JsonlFileWriter(Path tempFile, FileChannel channel, OutputStream out) {
        this.tempFile = tempFile;
        this.channel = channel;
        this.out = out;
    }

    /** Creates (or truncates) {@code tempFile} for plain JSON Lines. */
    public static JsonlFileWriter create(Path tempFile) throws IOException {
        FileChannel channel = open(tempFile);
        return new JsonlFileWriter(tempFile, channel, buffered(channel));
    }

    /** Creates (or truncates) {@code tempFile} for gzipped JSON Lines. */
    public static JsonlFileWriter createGzip(Path tempFile) throws IOException {
        FileChannel channel = open(tempFile);
        try {
            return new JsonlFileWriter(tempFile, channel,
                    new GZIPOutputStream(buffered(channel), BUFFER_BYTES, false));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private static FileChannel open(Path tempFile) throws IOException {
        Checks.notNull(tempFile, "tempFile");
        return FileChannel.open(tempFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static OutputStream buffered(FileChannel channel) {
        return new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
    }

    @Override
    public void write(byte[] line) throws IOException {
        out.write(line);
        out.write('\n');
        bytes += line.length + 1L;
    }

    @Override
    public long bytesWritten() {
        return bytes;
    }

    @Override
    public void finish() throws IOException {
        if (out instanceof GZIPOutputStream gzip) {
            gzip.finish();
        }
        out.flush();
        channel.force(true);
        channel.close();
    }

    @Override
    public void abort() {
        abandon();
        try {
            Files.deleteIfExists(tempFile);
        } catch (IOException e) {
            LOG.warn("cannot delete temp file {} ({}); it is deleted when its partition is next assigned",
                    tempFile, e.toString());
        }
    }

    @Override
    public void abandon() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("cannot close temp file {}: {}", tempFile, e.toString());
        }
    }
}
