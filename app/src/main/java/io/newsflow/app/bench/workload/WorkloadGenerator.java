package io.newsflow.app.bench.workload;

import com.fasterxml.jackson.core.JsonGenerator;
import io.newsflow.model.Checks;
import io.newsflow.model.kafka.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a workload deterministically from its seed: record {@code i} is always the same, whichever records
 * are generated around it. A duplicate repeats (exactly) or rewrites (near) a record before it.
 */
public final class WorkloadGenerator {
    private static final long MIX = 0x9E3779B97F4A7C15L;
    /** The first records are always originals, so duplicates have something to copy. */
    private static final int ORIGINALS_FIRST = 10;

    private final WorkloadSpec spec;

    public WorkloadGenerator(WorkloadSpec spec) {
        this.spec = Checks.notNull(spec, "spec");
    }

    /** Writes the workload as {@code part-NNNNN.jsonl} files into {@code dir} (created if missing). */
    public Workload writeTo(Path dir) {
        Checks.notNull(dir, "dir");
        try {
            Files.createDirectories(dir);
            return write(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workload to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes records {@code from} (inclusive) to {@code to} (exclusive) as one JSON Lines file. */
    public Chunk writeChunk(Path file, int from, int to) throws IOException {
        long bytes = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
            for (int i = from; i < to; i++) {
                Item item = item(i);
                json.writeStartObject();
                json.writeStringField("url", item.url());
                json.writeStringField(spec.kind().field(), item.content());
                json.writeEndObject();
                json.writeRaw('\n');
                bytes += item.content().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return new Chunk(file, to - from, bytes);
    }

    /** The record at {@code index}. */
    public Item item(int index) {
        Random random = random(index, 1);
        double draw = random.nextDouble();
        if (index >= ORIGINALS_FIRST && draw < spec.exactShare()) {
            Item copied = item(random.nextInt(index));
            return new Item(copied.url(), copied.content(), Role.EXACT_DUPLICATE);
        }
        if (index >= ORIGINALS_FIRST && draw < spec.exactShare() + spec.nearShare()) {
            Story rewritten = Stories.rewrite(story(random.nextInt(index)), random);
            return new Item(rewritten.url(), render(rewritten, random(index, 3)), Role.NEAR_DUPLICATE);
        }
        Story story = Stories.write(random(index, 2), bodyChars(random));
        return new Item(story.url(), render(story, random(index, 3)), Role.ORIGINAL);
    }

    private Workload write(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (int from = 0; from < spec.records(); from += spec.recordsPerFile()) {
            Path file = dir.resolve(String.format("part-%05d.jsonl", files.size()));
            bytes += writeChunk(file, from, Math.min(spec.records(), from + spec.recordsPerFile())).contentBytes();
            files.add(file);
        }
        int exact = 0;
        int near = 0;
        for (int i = 0; i < spec.records(); i++) {
            Role role = role(i);
            exact += role == Role.EXACT_DUPLICATE ? 1 : 0;
            near += role == Role.NEAR_DUPLICATE ? 1 : 0;
        }
        return new Workload(spec, dir, files, spec.records(), bytes, exact, near);
    }

    private Role role(int index) {
        double draw = random(index, 1).nextDouble();
        if (index < ORIGINALS_FIRST || draw >= spec.exactShare() + spec.nearShare()) {
            return Role.ORIGINAL;
        }
        return draw < spec.exactShare() ? Role.EXACT_DUPLICATE : Role.NEAR_DUPLICATE;
    }

    /** The story behind record {@code index} (an exact duplicate's is its original's). */
    private Story story(int index) {
        Random random = random(index, 1);
        double draw = random.nextDouble();
        if (index >= ORIGINALS_FIRST && draw < spec.exactShare()) {
            return story(random.nextInt(index));
        }
        if (index >= ORIGINALS_FIRST && draw < spec.exactShare() + spec.nearShare()) {
            return Stories.rewrite(story(random.nextInt(index)), random);
        }
        return Stories.write(random(index, 2), bodyChars(random));
    }

    private int bodyChars(Random random) {
        if (spec.kind() == WorkloadSpec.Kind.TEXT) {
            return Math.max(200, spec.textBytes() - 700 + random.nextInt(400) - 200);
        }
        return 2000 + random.nextInt(6000);
    }

    private String render(Story story, Random random) {
        if (spec.kind() == WorkloadSpec.Kind.TEXT) {
            return TextPage.render(story, random);
        }
        double logMin = Math.log(spec.minPageBytes());
        double logMax = Math.log(spec.maxPageBytes());
        int size = (int) Math.exp(logMin + random.nextDouble() * (logMax - logMin));
        return HtmlPage.render(story, random, size);
    }

    private Random random(int index, int purpose) {
        return new Random(spec.seed() * 31 + index * MIX + purpose);
    }

    /** What a record is. */
    public enum Role { ORIGINAL, EXACT_DUPLICATE, NEAR_DUPLICATE }

    /**
     * One record.
     *
     * @param url     its URL
     * @param content the page text or HTML
     * @param role    original or duplicate
     */
    public record Item(String url, String content, Role role) {
    }

    /**
     * One written file.
     *
     * @param file         where
     * @param records      how many records
     * @param contentBytes UTF-8 bytes of their content
     */
    public record Chunk(Path file, int records, long contentBytes) {
    }
}
