package io.newsflow.processing.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AttrsTest {
    @Test
    void shouldReadWhatElementAttrReadsOnAParsedPage() {
        Element root = Jsoup.parse("<div id=root><p CLASS='  Lead  Text ' ID=Main Role=Note hidden>a</p><span>b</span>"
                + "<svg viewBox='0 0 1 1' Class=icon></svg></div>").getElementById("root");

        for (Element e : root.getAllElements()) {
            assertThat(Attrs.className(e)).isEqualTo(e.className());
            assertThat(Attrs.id(e)).isEqualTo(e.id());
            for (String key : new String[] {"role", "hidden", "style", "aria-hidden", "class", "viewbox"}) {
                assertThat(Attrs.get(e, key)).as(key).isEqualTo(e.attr(key));
                assertThat(Attrs.has(e, key)).as(key).isEqualTo(e.hasAttr(key));
            }
        }
    }
}
