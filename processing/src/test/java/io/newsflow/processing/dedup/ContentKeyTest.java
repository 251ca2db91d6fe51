package io.newsflow.processing.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import io.newsflow.model.SourceKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContentKeyTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final String PAGE = "<html><body><h1>Bridge</h1><p>The bridge “reopened” on Monday.</p></body></html>";

    @Test
    void shouldKeyATextRecordByItsWordsSoARewrappedCopyMeetsTheFirst() {
        String rewrapped = "Bridge\nThe bridge \"reopened\"\n   on Monday.";

        assertThat(ContentKey.of(text("Bridge\nThe bridge “reopened” on Monday.")))
                .isEqualTo(ContentKey.of(text(rewrapped)))
                .isEqualTo(TextFingerprint.of(rewrapped));
    }

    @Test
    void shouldKeyAnHtmlPageByItsExactBytes() {
        assertThat(ContentKey.of(html(PAGE))).isEqualTo(ContentKey.of(html(PAGE)))
                .startsWith("html:")
                .isNotEqualTo(ContentKey.of(html(PAGE.replace("<p>", "<p class=\"lead\">"))));
    }

    @Test
    void shouldNeverGiveAPageAndATextTheSameKey() {
        assertThat(ContentKey.of(html(PAGE))).isNotEqualTo(ContentKey.of(text(PAGE)));
    }

    private static RawArticle text(String content) {
        return RawArticle.of("t", Source.file("a.txt"), ContentFormat.TEXT, content, T0);
    }

    private static RawArticle html(String content) {
        return RawArticle.of("h", Source.web(SourceKind.PAGE, "https://a.example/x"), ContentFormat.HTML, content, T0);
    }
}
