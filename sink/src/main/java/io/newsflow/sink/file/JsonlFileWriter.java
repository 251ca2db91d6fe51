package io.newsflow.sink.file;

import io.newsflow.model.Checks;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes JSON Lines to a temp file and commits it with fsync, an atomic rename and a folder fsync. */
public final class JsonlFileWriter implements RecordWriter {
    private static final Logger LOG = LoggerFactory.getLogger(JsonlFileWriter.class);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path tempFile;
    private final FileChannel channel;
    private final OutputStream out;
    private long bytes;

    private JsonlFileWriter(Path tempFile, FileChannel channel) {
        this.tempFile = tempFile;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
    }

    /** Creates (or truncates) {@code tempFile}. */
    public static JsonlFileWriter create(Path tempFile) throws IOException {
        Checks.notNull(tempFile, "tempFile");
        FileChannel channel = FileChannel.open(tempFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        return new JsonlFileWriter(tempFile, channel);
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
    public void commit(Path target) throws IOException {
        Checks.notNull(target, "target");
        out.flush();
        channel.force(true);
        channel.close();
        Files.move(tempFile, target, StandardCopyOption.ATOMIC_MOVE);
        Directories.fsync(target.toAbsolutePath().getParent());
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
