package io.newsflow.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlCharsetSnifferTest {

    private static Optional<Charset> sniff(String html) {
        return HtmlCharsetSniffer.sniff(html.getBytes(StandardCharsets.ISO_8859_1), 0);
    }

    @Test
    void shouldReadAMetaCharsetAttribute() {
        assertThat(sniff("<html><head><meta charset='windows-1251'>")).contains(Charset.forName("windows-1251"));
        assertThat(sniff("<META CHARSET=Shift_JIS>")).contains(Charset.forName("Shift_JIS"));
    }

    @Test
    void shouldReadTheCharsetOfAnHttpEquivContentType() {
        assertThat(sniff("<meta http-equiv=\"content-type\" content=\"text/html; charset=koi8-r\">"))
                .contains(Charset.forName("KOI8-R"));
    }

    @Test
    void shouldIgnoreAContentCharsetWithoutHttpEquiv() {
        assertThat(sniff("<meta name=\"description\" content=\"charset=koi8-r\">")).isEmpty();
    }

    @Test
    void shouldReadLatin1AndAsciiAsWindows1252AndUtf16AsUtf8() {
        assertThat(sniff("<meta charset=iso-8859-1>")).contains(Charset.forName("windows-1252"));
        assertThat(sniff("<meta charset=us-ascii>")).contains(Charset.forName("windows-1252"));
        assertThat(sniff("<meta charset=utf-16le>")).contains(StandardCharsets.UTF_8);
    }

    @Test
    void shouldSkipUnknownLabelsAndCommentsAndTakeTheNextDeclaration() {
        assertThat(sniff("<!-- <meta charset=koi8-r> --><meta charset=no-such-set><meta charset=utf-8>"))
                .contains(StandardCharsets.UTF_8);
    }

    @Test
    void shouldLookOnlyAtTheFirst1024Bytes() {
        assertThat(sniff("<p>" + "x".repeat(1100) + "<meta charset=koi8-r>")).isEmpty();
    }
}
