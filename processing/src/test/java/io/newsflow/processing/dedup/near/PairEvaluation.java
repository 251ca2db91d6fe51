package io.newsflow.processing.dedup.near;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.model.config.ProcessingSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A local evaluation tool (not a test): labelled pairs made from a JSON Lines file of article bodies (field
 * {@code body}) by {@link Transformations} and {@link NegativePairs}, scored at several thresholds.
 * <pre>java -cp ... io.newsflow.processing.dedup.near.PairEvaluation truth.jsonl [seedA seedB] </pre>
 */
public final class PairEvaluation {
    record Pair(String kind, String a, String b, boolean duplicate) {
    }

    public static void main(String[] args) throws IOException {
        List<String> bodies = bodies(Path.of(args[0]));
        List<Pair> pairs = pairs(bodies, new Random(42));
        if (args.length >= 3) {
            pairs.add(new Pair("seeds-000-004", Files.readString(Path.of(args[1])), Files.readString(Path.of(args[2])),
                    false));
        }
        System.out.printf("%d bodies, %d pairs (%d positive)%n", bodies.size(), pairs.size(),
                pairs.stream().filter(Pair::duplicate).count());
        for (double threshold : new double[] {0.5, 0.6, 0.7}) {
            score(pairs, threshold);
        }
    }

    static List<String> bodies(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode node = json.readTree(line);
            String body = node.path("body").asText("");
            if (body.split("\\s+").length >= 80) {
                bodies.add(body);
            }
        }
        return bodies;
    }

    static List<Pair> pairs(List<String> bodies, Random random) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i);
            for (Transformations t : Transformations.values()) {
                pairs.add(new Pair(t.name(), body, t.apply(body, random), true));
            }
            String other = bodies.get((i + 1 + random.nextInt(bodies.size() - 1)) % bodies.size());
            pairs.add(new Pair("different", body, other, false));
            pairs.add(new Pair("same-story-quotes", body, NegativePairs.quoting(body, other, random, 3), false));
            pairs.add(new Pair("same-story-many-quotes", body, NegativePairs.quoting(body, other, random, 8), false));
        }
        for (int i = 0; i < 300; i++) {
            pairs.add(new Pair("earnings-template", NegativePairs.earnings(random), NegativePairs.earnings(random), false));
            pairs.add(new Pair("results-template", NegativePairs.result(random), NegativePairs.result(random), false));
        }
        return pairs;
    }

    private static final Map<String, NearDuplicates.Analysis> ANALYSED = new java.util.HashMap<>();

    static void score(List<Pair> pairs, double threshold) {
        ProcessingSettings base = ProcessingSettings.DEFAULT;
        NearDuplicates near = new NearDuplicates(base.minhashPermutations(), base.lshBands(),
                new NearDuplicatePolicy(threshold, base.nearDuplicateMinWords()));
        List<String> failures = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        for (Pair pair : pairs) {
            NearDuplicates.Analysis a = ANALYSED.computeIfAbsent(pair.a(), near::analyse);
            NearDuplicates.Analysis b = ANALYSED.computeIfAbsent(pair.b(), near::analyse);
            Similarity similarity = near.policy().compare(a.fingerprint(), b.fingerprint());
            boolean collide = false;
            for (int band = 0; band < near.bands(); band++) {
                collide |= a.bandKeys().get(band).equals(b.bandKeys().get(band));
            }
            boolean found = similarity.duplicate() && collide;
            if (found != pair.duplicate() && failures.size() < 12) {
                failures.add(String.format(Locale.ROOT, "%s: %s collide=%s words %d/%d", pair.kind(), similarity,
                        collide, a.fingerprint().words(), b.fingerprint().words()));
            }
            int[] counts = byKind.computeIfAbsent(pair.kind(), k -> new int[2]);
            counts[0]++;
            counts[1] += found == pair.duplicate() ? 1 : 0;
            tp += found && pair.duplicate() ? 1 : 0;
            fp += found && !pair.duplicate() ? 1 : 0;
            fn += !found && pair.duplicate() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "threshold %.2f: precision %.4f recall %.4f (tp %d fp %d fn %d)%n", threshold,
                (double) tp / Math.max(1, tp + fp), (double) tp / Math.max(1, tp + fn), tp, fp, fn);
        byKind.forEach((kind, c) -> System.out.printf(Locale.ROOT, "    %-22s %4d pairs, %.3f right%n", kind, c[0],
                (double) c[1] / c[0]));
        if (System.getenv("SHOW_FAILURES") != null) {
            failures.forEach(f -> System.out.println("      " + f));
        }
    }
}
