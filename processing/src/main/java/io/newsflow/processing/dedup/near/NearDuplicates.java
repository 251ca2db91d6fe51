package io.newsflow.processing.dedup.near;

import io.newsflow.model.Checks;
import io.newsflow.model.config.ProcessingSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Near-duplicate detection for texts: shingling, MinHash, LSH band keys and the verdict, in one place so that
 * the stream and {@code newsflow dedup} decide alike. {@link #explain} tells why two texts are or are not
 * near-duplicates, to tune the threshold.
 */
public final class NearDuplicates {
    /** Words per shingle. */
    public static final int SHINGLE_SIZE = 3;
    private static final int SAMPLE = 10;

    private final MinHasher hasher;
    private final int bands;
    private final NearDuplicatePolicy policy;

    public NearDuplicates(int permutations, int bands, NearDuplicatePolicy policy) {
        if (bands < 1 || permutations % bands != 0) {
            throw new IllegalArgumentException("permutations (" + permutations + ") must be a multiple of bands ("
                    + bands + ")");
        }
        this.hasher = new MinHasher(permutations);
        this.bands = bands;
        this.policy = Checks.notNull(policy, "policy");
    }

    public static NearDuplicates of(ProcessingSettings settings) {
        Checks.notNull(settings, "settings");
        return new NearDuplicates(settings.minhashPermutations(), settings.lshBands(), NearDuplicatePolicy.of(settings));
    }

    public NearDuplicatePolicy policy() {
        return policy;
    }

    public int bands() {
        return bands;
    }

    public Analysis analyse(String text) {
        Checks.notNull(text, "text");
        Shingles shingles = Shingles.of(text, SHINGLE_SIZE);
        long[] hashes = shingles.hashes();
        int[] signature = hasher.signature(hashes);
        int[] nameCount = new int[1];
        int[] names = SalientTokens.sketch(text, nameCount, false);
        int[] numberCount = new int[1];
        int[] numbers = SalientTokens.sketch(text, numberCount, true);
        return new Analysis(NearFingerprint.of(signature, hashes.length, shingles.words(), names, nameCount[0],
                numbers, numberCount[0]), bandKeys(signature), signature);
    }

    /** {@code <band-index>:<band-hash>} for each band of the signature. */
    public List<String> bandKeys(int[] signature) {
        int rows = signature.length / bands;
        List<String> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            long h = band;
            for (int row = band * rows; row < (band + 1) * rows; row++) {
                h = Hashing.mix(h * 31 + signature[row]);
            }
            keys.add(band + ":" + Long.toHexString(h));
        }
        return keys;
    }

    /** Why two texts are or are not near-duplicates at the configured threshold. */
    public Explanation explain(String textA, String textB) {
        Analysis a = analyse(Checks.notNull(textA, "textA"));
        Analysis b = analyse(Checks.notNull(textB, "textB"));
        Set<String> shinglesA = shingleTexts(textA);
        Set<String> shinglesB = shingleTexts(textB);
        Set<String> shared = new LinkedHashSet<>(shinglesA);
        shared.retainAll(shinglesB);
        Set<String> union = new LinkedHashSet<>(shinglesA);
        union.addAll(shinglesB);
        List<Integer> collisions = new ArrayList<>();
        for (int band = 0; band < bands; band++) {
            if (a.bandKeys().get(band).equals(b.bandKeys().get(band))) {
                collisions.add(band);
            }
        }
        Similarity similarity = policy.compare(a.fingerprint(), b.fingerprint());
        return new Explanation(similarity, union.isEmpty() ? 0 : (double) shared.size() / union.size(),
                shinglesA.size(), shinglesB.size(), shared.size(), shared.stream().limit(SAMPLE).toList(),
                collisions, policy.threshold());
    }

    private static Set<String> shingleTexts(String text) {
        Shingles shingles = Shingles.of(text, SHINGLE_SIZE);
        Set<String> texts = new LinkedHashSet<>();
        for (int i = 0; i < shingles.count(); i++) {
            texts.add(shingles.text(i));
        }
        return texts;
    }

    /**
     * A text analysed for near-duplicate detection.
     *
     * @param fingerprint what is kept and compared
     * @param bandKeys    its LSH band keys, one per band
     * @param signature   its full MinHash signature
     */
    public record Analysis(NearFingerprint fingerprint, List<String> bandKeys, int[] signature) {
        @Override
        public String toString() {
            return "Analysis[" + fingerprint.words() + " words, " + fingerprint.shingles() + " shingles, signature "
                    + Arrays.toString(Arrays.copyOf(signature, 4)) + "...]";
        }
    }
}
