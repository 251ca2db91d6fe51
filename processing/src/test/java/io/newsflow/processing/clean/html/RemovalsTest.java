package io.newsflow.processing.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RemovalsTest {
    @Test
    void shouldPutEveryRemovedNodeBackWhereItWas() {
        Document doc = Jsoup.parse("<body><div id=a><p>one</p><!-- c --><p id=b>two <b>bold</b></p>tail</div>"
                + "<nav>menu</nav><p>three</p></body>");
        String before = doc.body().outerHtml();
        Removals removals = new Removals();

        removals.remove(doc.selectFirst("#b"));
        removals.remove(doc.selectFirst("nav"));
        removals.remove(doc.selectFirst("#a").childNode(1));
        removals.remove(doc.selectFirst("#a"));
        assertThat(doc.body().text()).isEqualTo("three");
        removals.restore();

        assertThat(doc.body().outerHtml()).isEqualTo(before);
    }
}
