package io.newsflow.processing.clean.dom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

class TreeWalkTest {

    @Test
    void shouldVisitEveryNodeInJsoupsOrderAndDepths() throws IOException {
        Document page = fixture("/html/news-with-chrome.html");
        Calls jsoup = new Calls();
        Calls ours = new Calls();
        NodeTraversor.traverse(jsoup, page);
        TreeWalk.traverse(ours, page);

        assertThat(ours.calls).hasSizeGreaterThan(100).isEqualTo(jsoup.calls);
    }

    @Test
    void shouldFilterLikeJsoupWhenSubtreesAreSkipped() throws IOException {
        Document page = fixture("/html/news-with-chrome.html");
        Calls jsoup = new Calls().skipping("nav", FilterResult.SKIP_ENTIRELY).skipping("ul", FilterResult.SKIP_CHILDREN);
        Calls ours = new Calls().skipping("nav", FilterResult.SKIP_ENTIRELY).skipping("ul", FilterResult.SKIP_CHILDREN);
        NodeTraversor.filter(jsoup.asFilter(), page.body());
        TreeWalk.filter(ours.asFilter(), page.body());

        assertThat(ours.calls).hasSizeGreaterThan(50).isEqualTo(jsoup.calls);
    }

    @Test
    void shouldStopWhereTheFilterSaysStop() {
        Element root = Jsoup.parse("<div><p>one</p><p>two</p><p>three</p></div>").selectFirst("div");
        Calls ours = new Calls().stoppingAtText("two");
        Calls jsoup = new Calls().stoppingAtText("two");
        TreeWalk.filter(ours.asFilter(), root);
        NodeTraversor.filter(jsoup.asFilter(), root);

        assertThat(ours.calls).isEqualTo(jsoup.calls).last().isEqualTo("head 2 #text two");
    }

    @Test
    void shouldVisitARootWithoutChildrenOnce() {
        Element br = Jsoup.parse("<p>a<br>b</p>").selectFirst("br");
        Calls ours = new Calls();
        TreeWalk.traverse(ours, br);

        assertThat(ours.calls).containsExactly("head 0 br", "tail 0 br");
    }

    @Test
    void shouldWalkADeeplyNestedPageWithoutOverflowingTheStack() {
        Node nested = new TextNode("deep");
        for (int i = 0; i < 100_000; i++) {
            nested = new Element("div").appendChild(nested);
        }
        Document page = Jsoup.parse("");
        page.body().appendChild(nested);
        int[] deepest = {0};
        TreeWalk.traverse((node, depth) -> deepest[0] = node instanceof TextNode ? depth : deepest[0], page);

        assertThat(deepest[0]).isEqualTo(100_003);
    }

    @Test
    void shouldRefuseAFilterThatRemovesNodes() {
        Element root = Jsoup.parse("<div><p>one</p></div>").selectFirst("div");

        assertThatThrownBy(() -> TreeWalk.filter((node, d) -> FilterResult.REMOVE, root))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("remove");
    }

    private static Document fixture(String name) throws IOException {
        try (InputStream in = TreeWalkTest.class.getResourceAsStream(name)) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Records each call as "head|tail DEPTH NAME"; as a filter, answers as it was told. */
    private static final class Calls implements NodeVisitor {
        final List<String> calls = new ArrayList<>();
        private final List<String> skippedTags = new ArrayList<>();
        private final List<FilterResult> skips = new ArrayList<>();
        private String stopText;

        Calls skipping(String tag, FilterResult how) {
            skippedTags.add(tag);
            skips.add(how);
            return this;
        }

        Calls stoppingAtText(String text) {
            stopText = text;
            return this;
        }

        @Override
        public void head(Node node, int depth) {
            calls.add("head " + depth + " " + name(node));
        }

        @Override
        public void tail(Node node, int depth) {
            calls.add("tail " + depth + " " + name(node));
        }

        NodeFilter asFilter() {
            return new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    Calls.this.head(node, depth);
                    if (node instanceof TextNode t && t.text().equals(stopText)) {
                        return FilterResult.STOP;
                    }
                    int skipped = node instanceof Element e ? skippedTags.indexOf(e.normalName()) : -1;
                    return skipped >= 0 ? skips.get(skipped) : FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    Calls.this.tail(node, depth);
                    return FilterResult.CONTINUE;
                }
            };
        }

        private static String name(Node node) {
            return node instanceof TextNode t ? "#text " + t.text().strip() : node.nodeName();
        }
    }
}
