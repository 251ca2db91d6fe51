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

    /**
     * Band buckets: an article's bands are grouped by bucket into one message each, so it sends this many probes
     * instead of one per band. Each bucket goes to the band partition {@code bucket % partitions}: the default
     * fits 1, 2 and 4 partitions evenly ({@code processing.near-duplicate-buckets} sets another).
     */
    public static final int DEFAULT_BUCKETS = ProcessingSettings.DEFAULT_NEAR_DUPLICATE_BUCKETS;

    private final MinHasher hasher;
    private final int bands;
    private final int buckets;
    private final NearDuplicatePolicy policy;

    public NearDuplicates(int permutations, int bands, NearDuplicatePolicy policy) {
        this(permutations, bands, DEFAULT_BUCKETS, policy);
    }

    public NearDuplicates(int permutations, int bands, int buckets, NearDuplicatePolicy policy) {
        if (bands < 1 || permutations % bands != 0) {
            throw new IllegalArgumentException("permutations (" + permutations + ") must be a multiple of bands ("
                    + bands + ")");
        }
        if (buckets < 1 || buckets > bands) {
            throw new IllegalArgumentException("buckets must be within 1.." + bands + ", was " + buckets);
        }
        this.hasher = new MinHasher(permutations);
        this.bands = bands;
        this.buckets = buckets;
        this.policy = Checks.notNull(policy, "policy");
    }

    public static NearDuplicates of(ProcessingSettings settings) {
        Checks.notNull(settings, "settings");
        return new NearDuplicates(settings.minhashPermutations(), settings.lshBands(), settings.nearDuplicateBuckets(),
                NearDuplicatePolicy.of(settings));
    }

    public NearDuplicatePolicy policy() {
        return policy;
    }

    public int bands() {
        return bands;
    }

    public int buckets() {
        return buckets;
    }

    /** The bucket of a band hash: the message, and the band partition, it travels in. */
    public int bucket(long bandHash) {
        return (int) Long.remainderUnsigned(bandHash, buckets);
    }

    public Analysis analyse(String text) {
        Checks.notNull(text, "text");
        Shingles shingles = Shingles.of(text, SHINGLE_SIZE);
        long[] hashes = shingles.hashes();
        int[] signature = hasher.signature(hashes);
        SalientTokens.Sketches salient = SalientTokens.of(text);
        return new Analysis(NearFingerprint.of(signature, hashes.length, shingles.words(), salient.names(),
                salient.nameCount(), salient.numbers(), salient.numberCount()), bandHashes(signature), signature);
    }

    /** One 64-bit hash per band of the signature; the band index is hashed in, so bands never share a value. */
    public long[] bandHashes(int[] signature) {
        int rows = signature.length / bands;
        long[] hashes = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = band;
            for (int row = band * rows; row < (band + 1) * rows; row++) {
                h = Hashing.mix(h * 31 + signature[row]);
            }
            hashes[band] = h;
        }
        return hashes;
    }

    /** The article's probes: one per bucket (with the bands of that bucket, possibly none), as the stream sends. */
    public List<NearProbe> probes(NearProbe article, long[] bandHashes) {
        List<NearProbe> probes = new ArrayList<>(buckets);
        for (int bucket = 0; bucket < buckets; bucket++) {
            int b = bucket;
            probes.add(article.inBucket(bucket, Arrays.stream(bandHashes).filter(h -> bucket(h) == b).toArray()));
        }
        return probes;
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
            if (a.bandHashes()[band] == b.bandHashes()[band]) {
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
     * @param bandHashes  its LSH band hashes, one per band
     * @param signature   its full MinHash signature
     */
    public record Analysis(NearFingerprint fingerprint, long[] bandHashes, int[] signature) {
        /** {@code <band-index>:<band-hash>} for each band, as {@code newsflow dedup} shows them. */
        public List<String> bandKeys() {
            List<String> keys = new ArrayList<>(bandHashes.length);
            for (int band = 0; band < bandHashes.length; band++) {
                keys.add(band + ":" + Long.toHexString(bandHashes[band]));
            }
            return keys;
        }

        @Override
        public String toString() {
            return "Analysis[" + fingerprint.words() + " words, " + fingerprint.shingles() + " shingles, signature "
                    + Arrays.toString(Arrays.copyOf(signature, 4)) + "...]";
        }
    }
}
