package io.newsflow.processing.clean.bench;

import io.newsflow.model.Checks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;
import org.jsoup.Jsoup;

/**
 * How far choosing among a page's own blocks can go: an extractor that knew the truth. Each block of the page
 * ({@link PageBlocks}) is labelled in document order: in the truth when at least {@value #IN_SHARE} of its word
 * 4-grams are still unclaimed in the true body (so a block repeated by the page counts only as often as the truth
 * has it), or, for a block of one to three words, when it is one of the truth's lines. The oracle's prediction is
 * the labelled blocks; its score is the ceiling for any extractor that keeps or drops whole blocks.
 *
 * <p>It also asks how consistent the truth is: for each kind of block (captions, tables, lists, headings,
 * quotes, code, asides), the oracle is forced to keep, or to drop, every block of that kind between the truth's
 * first and last block. An extractor that decides a kind the same way on every page can score no better than the
 * better of the two.
 */
public final class BlockOracle {
    static final double IN_SHARE = 0.6;

    /** A kind of block, told by the tags it sits in. */
    public enum Kind {
        CAPTION(b -> b.within("figcaption")),
        TABLE(b -> b.within("td") || b.within("th")),
        CODE(b -> b.within("pre") || b.within("code")),
        QUOTE(b -> b.within("blockquote")),
        ASIDE(b -> b.within("aside")),
        HEADING(b -> !b.path().isEmpty() && b.path().get(0).matches("h[1-6]")),
        LIST(b -> b.within("li"));

        private final Predicate<PageBlocks.Block> test;

        Kind(Predicate<PageBlocks.Block> test) {
            this.test = test;
        }

        /** The first kind a block is of, in declaration order; empty for plain blocks. */
        static Optional<Kind> of(PageBlocks.Block block) {
            for (Kind kind : values()) {
                if (kind.test.test(block)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** One page, cut into blocks and labelled. */
    record LabelledPage(DevPage page, List<PageBlocks.Block> blocks, boolean[] inTruth) {
        String select(Predicate<Integer> keep) {
            StringJoiner text = new StringJoiner("\n\n");
            for (int i = 0; i < blocks.size(); i++) {
                if (keep.test(i)) {
                    text.add(blocks.get(i).text());
                }
            }
            return text.toString();
        }

        /** Keeps the labelled blocks, but every block of {@code kind} inside the truth's span as {@code keep}. */
        String forced(Kind kind, boolean keep) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < inTruth.length; i++) {
                if (inTruth[i]) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            int lo = first;
            int hi = last;
            return select(i -> i >= lo && i <= hi && Kind.of(blocks.get(i)).filter(kind::equals).isPresent()
                    ? keep : inTruth[i]);
        }
    }

    private final List<LabelledPage> pages;

    private BlockOracle(List<LabelledPage> pages) {
        this.pages = pages;
    }

    /** Cuts and labels every page of the set. */
    public static BlockOracle of(List<DevPage> pages) throws IOException {
        Checks.notNull(pages, "pages");
        List<LabelledPage> labelled = new ArrayList<>();
        for (DevPage page : pages) {
            List<PageBlocks.Block> blocks = PageBlocks.of(Jsoup.parse(page.html()));
            labelled.add(new LabelledPage(page, blocks, label(blocks, page.body())));
        }
        return new BlockOracle(labelled);
    }

    /** The oracle's predictions, by page id. */
    public Map<String, String> predictions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (LabelledPage p : pages) {
            out.put(p.page().id(), p.select(i -> p.inTruth()[i]));
        }
        return out;
    }

    /** The predictions with every block of {@code kind} inside the truth's span kept ({@code keep}) or dropped. */
    public Map<String, String> forced(Kind kind, boolean keep) {
        Map<String, String> out = new LinkedHashMap<>();
        for (LabelledPage p : pages) {
            out.put(p.page().id(), p.forced(kind, keep));
        }
        return out;
    }

    static boolean[] label(List<PageBlocks.Block> blocks, String truth) {
        Map<String, Integer> unclaimed = new HashMap<>(ShingleMetric.shingles(truth));
        Set<String> lines = new HashSet<>();
        for (String line : truth.split("\n")) {
            lines.add(String.join(" ", ShingleMetric.tokens(line)));
        }
        boolean[] in = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            List<String> tokens = ShingleMetric.tokens(text);
            if (tokens.isEmpty()) {
                continue;
            }
            Map<String, Integer> own = ShingleMetric.shingles(text);
            in[i] = tokens.size() < 4 ? lines.contains(String.join(" ", tokens)) : unclaimedShare(own, unclaimed)
                    >= IN_SHARE;
            if (in[i]) {
                own.forEach((s, n) -> unclaimed.merge(s, -n, Integer::sum));
            }
        }
        return in;
    }

    private static double unclaimedShare(Map<String, Integer> own, Map<String, Integer> unclaimed) {
        int total = 0;
        int hit = 0;
        for (Map.Entry<String, Integer> e : own.entrySet()) {
            total += e.getValue();
            if (unclaimed.getOrDefault(e.getKey(), 0) > 0) {
                hit += e.getValue();
            }
        }
        return hit / (double) total;
    }
}
