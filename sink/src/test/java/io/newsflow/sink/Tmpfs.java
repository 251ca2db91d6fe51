package io.newsflow.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted on a test's folder: a real file system that fills up, so a test sees the kernel's own
 * "No space left on device". Mounting needs root (CI runs as root); elsewhere the test is skipped, saying why.
 */
final class Tmpfs implements AutoCloseable {
    private final Path dir;

    private Tmpfs(Path dir) {
        this.dir = dir;
    }

    static Tmpfs mount(Path dir, String size) throws IOException, InterruptedException {
        Result mount = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size, "newsflow-test", dir.toString()));
        Assumptions.assumeTrue(mount.code() == 0, "a real full disk needs a tmpfs, and mounting one needs root: "
                + mount.output());
        return new Tmpfs(dir);
    }

    /** Writes {@code file} until the file system is full; returns the bytes written. */
    long fill(Path file) throws IOException {
        byte[] block = new byte[4096];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
                out.flush();
                written += block.length;
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
            return written;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Result unmount = run(List.of("umount", "--lazy", dir.toString()));
        if (unmount.code() != 0) {
            throw new IOException("cannot unmount the test's tmpfs on " + dir + ": " + unmount.output());
        }
    }

    private record Result(int code, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, String.join(" ", command) + " did not finish within 30 s");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
    }
}
