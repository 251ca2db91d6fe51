package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Page builders name every block a widget: the article's prose in such boxes stays, a box after its end goes. */
class WidgetProseTest {
    @Test
    void shouldKeepProseSectionsInBoxesWithGenericChromeNames() throws IOException {
        String text = clean(fixture("prose-in-widget-boxes.html"), null).text();

        assertThat(text).contains("The steel kettle from the test kitchen", "filter at the spout",
                "The plastic kettle that costs less", "descale it once a month");
    }

    @Test
    void shouldDropAProseBoxWithAChromeNameAfterTheArticleEnds() throws IOException {
        String text = clean(fixture("prose-in-widget-boxes.html"), null).text();

        assertThat(text).endsWith("than one that is never cleaned.").doesNotContain("commission");
    }
}
