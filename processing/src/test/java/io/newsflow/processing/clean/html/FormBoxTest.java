package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A sign-up or contact form goes with the small box around it: its prompt, consent line and sent messages. */
class FormBoxTest {
    @Test
    void shouldDropTheSignUpBoxAroundAFormWithItsPromptConsentAndMessages() throws IOException {
        String text = clean(fixture("sign-up-form-boxes.html"), null).text();

        assertThat(text).doesNotContain("Weekly Towpath", "every Friday", "By signing up", "Thank you!", "Oops!")
                .contains("two new footbridges made of oak", "a gauge at the mill");
    }

    @Test
    void shouldDropAFormOfShortFieldParagraphsWithItsConsentLine() throws IOException {
        String text = clean(fixture("sign-up-form-boxes.html"), null).text();

        assertThat(text).doesNotContain("By submitting", "Phone")
                .endsWith("on the reopened stretch next Saturday morning.");
    }

    @Test
    void shouldKeepTheArticleWhenAFormWrapsTheWholePage() {
        String paragraph = "<p>The ferry will run every half hour from May, the harbour office said on Tuesday, "
                + "after a summer of queues at the slipway.</p>";
        String html = "<html><body><form id=page action=/post><div class=content>" + paragraph.repeat(4)
                + "<input type=hidden name=state></div></form></body></html>";

        assertThat(clean(html, null).text()).contains("The ferry will run every half hour from May");
    }

    @Test
    void shouldDropTheFormBoxOfAShortArticleThatIsCleanedLenientlyToo() {
        String html = "<html><body><main><p>The library opens on Sundays from June, from ten until four, the town "
                + "council said on Monday.</p><div class=box><p>Get the town's news every morning.</p>"
                + "<form action=/join><input type=email name=email><button>Join</button></form>"
                + "<p>By joining, you agree to receive our emails and accept our privacy notice.</p></div>"
                + "</main></body></html>";

        assertThat(clean(html, null).text()).startsWith("The library opens on Sundays")
                .doesNotContain("every morning", "By joining");
    }
}
