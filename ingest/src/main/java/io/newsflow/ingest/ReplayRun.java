package io.newsflow.ingest;

import io.newsflow.ingest.file.InputFile;
import io.newsflow.ingest.ledger.FileLedger;
import io.newsflow.ingest.ledger.LedgerEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One replay run and its keys in the ingest ledger. The run id is {@code <inputs>@<start millis>}, where
 * {@code <inputs>} is a hash of the inputs' absolute paths, so a later run can find the last run of the same
 * inputs. While a run goes, each file has an entry {@code replay:<run>:<file path>}, written in the same
 * transaction as its records (the position lives in Kafka, like the ingest ledger's); when the run ends, one
 * entry {@code replay:<run>} marks it complete and the file entries are deleted (tombstones), so the compacted
 * ledger keeps one small entry per finished run.
 *
 * @param id the run id
 */
record ReplayRun(String id) {
    static final String PREFIX = "replay:";

    /** A new run of {@code inputs} started at {@code now}. */
    static ReplayRun start(List<Path> inputs, Instant now) {
        return new ReplayRun(inputsKey(inputs) + "@" + String.format("%015d", now.toEpochMilli()));
    }

    /** The last run of {@code inputs} in the ledger, if any; with whether it completed. */
    static Optional<ReplayRun> latest(FileLedger ledger, List<Path> inputs) {
        String prefix = PREFIX + inputsKey(inputs) + "@";
        return ledger.withPrefix(prefix).keySet().stream()
                .map(key -> key.substring(PREFIX.length()))
                .map(rest -> rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest)
                .max(String::compareTo)
                .map(ReplayRun::new);
    }

    String fileKey(InputFile file) {
        return PREFIX + id + ":" + file.identity();
    }

    String doneKey() {
        return PREFIX + id;
    }

    boolean complete(FileLedger ledger) {
        return ledger.get(doneKey()).map(LedgerEntry::complete).orElse(false);
    }

    /** The file entries of this run, to delete when it is complete. */
    List<String> fileKeys(FileLedger ledger) {
        return List.copyOf(ledger.withPrefix(PREFIX + id + ":").keySet());
    }

    static String inputsKey(List<Path> inputs) {
        String joined = String.join("\n", inputs.stream()
                .map(p -> p.toAbsolutePath().normalize().toString()).sorted().toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
