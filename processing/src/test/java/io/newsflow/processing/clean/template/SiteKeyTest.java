package io.newsflow.processing.clean.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SiteKeyTest {
    @Test
    void shouldUseTheHostOfTheUrlWithoutWww() {
        assertThat(SiteKey.of(page(Source.file("a/b.html"), "https://WWW.Example.com/news/1"))).hasValue("example.com");
    }

    @Test
    void shouldUseTheFolderOfAFileWithoutUrl() {
        assertThat(SiteKey.of(page(Source.file("replay/valley-courier/0001.txt"), null)))
                .hasValue("folder:valley-courier");
    }

    @Test
    void shouldHaveNoSiteForAFileAtTheTopWithoutUrl() {
        assertThat(SiteKey.of(page(Source.file("0001.txt"), null))).isEmpty();
        assertThat(SiteKey.of(page(Source.file("x/0001.txt"), "not a url"))).hasValue("folder:x");
    }

    @Test
    void shouldHashTemplateCopiesThatDifferInYearCaseAndSpacingAlike() {
        assertThat(BlockHash.of("© 2024 The  Gazette. All rights reserved"))
                .isEqualTo(BlockHash.of("© 2025 the gazette — all rights reserved"))
                .isNotEqualTo(BlockHash.of("© 2025 The Courier. All rights reserved"));
    }

    private static RawArticle page(Source source, String url) {
        return new RawArticle("id", source, ContentFormat.TEXT, "text", url, null, null, null, null, Instant.EPOCH);
    }
}
