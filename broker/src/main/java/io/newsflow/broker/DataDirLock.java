package io.newsflow.broker;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive, process-level lock on a broker data directory. Kafka's own lock is taken only once the log
 * manager starts, after formatting and metadata loading have already touched the directory; a second broker on
 * the same directory can corrupt the first, so newsflow takes this lock before anything else.
 *
 * <p>While held, a file beside it records the broker's bootstrap address, so another newsflow process can
 * connect to the running broker instead of failing.
 */
final class DataDirLock implements AutoCloseable {
    static final String FILE_NAME = "newsflow.lock";
    static final String BOOTSTRAP_FILE = "bootstrap.servers";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or fails saying who holds it. */
    static DataDirLock acquire(Path dir) {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new BrokerStartException("data directory " + dir + " is in use by another newsflow process"
                        + runningBroker(dir).map(b -> " (its broker is at " + b + ")").orElse("")
                        + "; stop it, or connect to its broker with --bootstrap-servers");
            }
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode("pid=" + ProcessHandle.current().pid() + "\n"));
            channel.force(true);
            Files.deleteIfExists(dir.resolve(BOOTSTRAP_FILE));
            return new DataDirLock(dir, channel, lock);
        } catch (IOException e) {
            throw new BrokerStartException("cannot lock data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The bootstrap address of a broker that another live process runs on this directory, if any. */
    static Optional<String> runningBroker(Path dir) {
        Path file = dir.resolve(BOOTSTRAP_FILE);
        try {
            if (!Files.isRegularFile(file) || !isLocked(dir)) {
                return Optional.empty();
            }
            String servers = Files.readString(file, StandardCharsets.UTF_8).trim();
            return servers.isEmpty() ? Optional.empty() : Optional.of(servers);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isLocked(Path dir) throws IOException {
        Path lockFile = dir.resolve(FILE_NAME);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = tryLock(channel);
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM
        }
    }

    /** Publishes the bootstrap address for other processes, atomically. */
    void advertise(String bootstrapServers) throws IOException {
        Path tmp = dir.resolve(BOOTSTRAP_FILE + ".tmp");
        Files.writeString(tmp, bootstrapServers + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(BOOTSTRAP_FILE), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(dir.resolve(BOOTSTRAP_FILE));
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new BrokerStartException("cannot release the lock on " + dir + ": " + e.getMessage(), e);
        }
    }
}
