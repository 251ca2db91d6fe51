package io.newsflow.ingest.decode;

import static io.newsflow.ingest.decode.Fixtures.decode;
import static io.newsflow.ingest.decode.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.item.IngestItem;
import io.newsflow.model.ContentFormat;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RawArticle;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Rejected;
import io.newsflow.model.Stage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDecoderTest {
    private static final String ARTICLE_START = "Central bank holds rates steady\n\nThe central bank";

    @TempDir
    Path tmp;

    @Test
    void shouldAcceptPlainTextAsTextContentNamedByFileName() {
        RawArticle article = accepted(only(decode("article.txt")));
        assertThat(article.format()).isEqualTo(ContentFormat.TEXT);
        assertThat(article.content()).startsWith(ARTICLE_START);
        assertThat(article.source().path()).isEqualTo("article.txt");
        assertThat(article.source().line()).isNull();
        assertThat(article.ingestedAt()).isEqualTo(Fixtures.NOW);
        assertThat(article.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void shouldAcceptHtmlAsHtmlContent() {
        RawArticle article = accepted(only(decode("page.html")));
        assertThat(article.format()).isEqualTo(ContentFormat.HTML);
        assertThat(article.content()).contains("Zürich wins the cup.");
    }

    @Test
    void shouldHonourTheCharsetAnHtmlPageDeclaresAndIgnoreOneInAComment() {
        RawArticle article = accepted(only(decode("latin1-declared.html")));
        assertThat(article.content()).contains("Café crème \u201cquoted\u201d");
    }

    @Test
    void shouldDecodeUtf16WithByteOrderMarks() {
        assertThat(accepted(only(decode("utf16le-bom.txt"))).content()).startsWith(ARTICLE_START);
        assertThat(accepted(only(decode("utf16be-bom.txt"))).content()).startsWith(ARTICLE_START);
    }

    @Test
    void shouldDropAUtf8ByteOrderMark() {
        assertThat(accepted(only(decode("utf8-bom.txt"))).content()).startsWith(ARTICLE_START);
    }

    @Test
    void shouldDecompressGzippedText() {
        RawArticle article = accepted(only(decode("article.txt.gz")));
        assertThat(article.content()).startsWith(ARTICLE_START);
        assertThat(article.source().path()).isEqualTo("article.txt.gz");
    }

    @Test
    void shouldRejectAnEmptyFile() {
        Rejected rejected = refused(only(decode("empty.txt")), RejectReason.EMPTY_INPUT);
        assertThat(rejected.detail()).contains("empty.txt");
        assertThat(rejected.stage()).isEqualTo(Stage.INGEST);
        assertThat(rejected.rejectedAt()).isEqualTo(Fixtures.NOW);
    }

    @Test
    void shouldRejectAWhitespaceOnlyFileAndKeepItsBytes() {
        Rejected rejected = refused(only(decode("whitespace.txt")), RejectReason.EMPTY_INPUT);
        assertThat(rejected.input().data()).isEqualTo(" \n\t\r\n   \n");
    }

    @Test
    void shouldRejectInvalidUtf8WithTheOffsetOfTheFirstBadByte() {
        Rejected rejected = refused(only(decode("invalid-utf8.txt")), RejectReason.INVALID_ENCODING);
        assertThat(rejected.detail()).contains("invalid-utf8.txt").contains("byte offset 44");
        assertThat(rejected.input().encoding()).isEqualTo(InputCopy.Encoding.BASE64);
        assertThat(rejected.input().originalBytes()).isEqualTo(52);
    }

    @Test
    void shouldRejectBinaryData() {
        Rejected rejected = refused(only(decode("binary.txt")), RejectReason.BINARY_CONTENT);
        assertThat(rejected.detail()).contains("binary.txt");
        assertThat(rejected.input().originalBytes()).isEqualTo(1040);
    }

    @Test
    void shouldRejectTextFullOfControlCharactersAsBinary() {
        refused(only(decode("control-chars.txt")), RejectReason.BINARY_CONTENT);
    }

    @Test
    void shouldRejectTruncatedGzip() {
        Rejected rejected = refused(only(decode("truncated.txt.gz")), RejectReason.BAD_COMPRESSION);
        assertThat(rejected.detail()).contains("truncated.txt.gz").contains("gzip");
    }

    @Test
    void shouldRejectAFileNamedGzThatIsNotGzip() {
        refused(only(decode("not-gzip.txt.gz")), RejectReason.BAD_COMPRESSION);
    }

    @Test
    void shouldStopAGzipBombAtTheRecordLimit() throws IOException {
        Path bomb = tmp.resolve("bomb.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] zeros = new byte[1024 * 1024];
            java.util.Arrays.fill(zeros, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(200_000);
        Rejected rejected = refused(only(decode(file(bomb), Fixtures.LIMITS)), RejectReason.TOO_LARGE);
        assertThat(rejected.detail()).contains("bomb.txt.gz").contains("after decompression").contains("65536");
        assertThat(rejected.input().data()).startsWith("aaaa");
    }

    @Test
    void shouldRejectAFileLargerThanTheRecordLimitWithoutReadingIt() throws IOException {
        Path big = tmp.resolve("big.txt");
        Files.writeString(big, "word ".repeat(20_000));
        Rejected rejected = refused(only(decode(file(big), Fixtures.LIMITS)), RejectReason.TOO_LARGE);
        assertThat(rejected.input().originalBytes()).isEqualTo(100_000);
        assertThat(rejected.input().truncated()).isTrue();
    }

    @Test
    void shouldRejectAnUnreadableFile() throws IOException {
        Path gone = tmp.resolve("gone.txt");
        Rejected rejected = refused(only(decode(file(gone), Fixtures.LIMITS)), RejectReason.UNREADABLE);
        assertThat(rejected.detail()).contains("gone.txt").contains("no longer exists");
    }

    @Test
    void shouldRejectAnUnsupportedFileNamedExplicitly() {
        Rejected rejected = refused(only(decode("README.md")), RejectReason.UNSUPPORTED_FORMAT);
        assertThat(rejected.input().data()).isEqualTo("# not an article\n");
    }

    @Test
    void shouldMapAJsonRecordKeepingItsIdDeclaredFieldsAndScalarMetadata() {
        RawArticle article = accepted(only(decode("record.json")));
        assertThat(article.id()).isEqualTo("rec-1");
        assertThat(article.url()).isEqualTo("https://news.example.com/a/1");
        assertThat(article.source().url()).isEqualTo("https://news.example.com/a/1");
        assertThat(article.title()).isEqualTo("Rates steady");
        assertThat(article.publishedAt()).isEqualTo("2024-05-02T10:00:00Z");
        assertThat(article.authors()).containsExactly("Ann Smith", "Bo Chen");
        assertThat(article.metadata()).containsOnly(
                java.util.Map.entry("section", "economy"), java.util.Map.entry("paywall", "false"),
                java.util.Map.entry("wordCount", "21"));
        assertThat(article.content()).startsWith(ARTICLE_START);
    }

    @Test
    void shouldReadAnHtmlFieldAsHtmlAndASingleAuthorString() {
        RawArticle article = accepted(only(decode("html-record.json")));
        assertThat(article.format()).isEqualTo(ContentFormat.HTML);
        assertThat(article.authors()).containsExactly("Jo Doe");
    }

    @Test
    void shouldRejectAJsonArrayFileAndSayToUseJsonLines() {
        Rejected rejected = refused(only(decode("array.json")), RejectReason.INVALID_RECORD);
        assertThat(rejected.detail()).contains("array.json").contains(".jsonl");
    }

    @Test
    void shouldRejectTrailingDataAfterAJsonRecord() {
        refused(only(decode("trailing.json")), RejectReason.MALFORMED_JSON);
    }

    @Test
    void shouldReadEveryJsonLineAndRejectOnlyTheBadOnes() {
        List<IngestItem> items = decode("records.jsonl");
        assertThat(items).extracting(i -> i.source().line()).containsExactly(1, 2, 4, 5, 6, 7, 8, 9, 10);
        assertThat(items).extracting(FileDecoderTest::outcome).containsExactly(
                "accepted", "malformed-json", "invalid-record", "invalid-record", "accepted", "invalid-record",
                "empty-input", "invalid-record", "accepted");
        assertThat(accepted(items.get(0)).id()).isEqualTo("l1");
        assertThat(accepted(items.get(0)).content()).isEqualTo("first article text");
        assertThat(accepted(items.get(8)).id()).isEqualTo("9001");
        Rejected malformed = ((IngestItem.Refused) items.get(1)).rejected();
        assertThat(malformed.detail()).startsWith("records.jsonl:2: malformed JSON");
        assertThat(malformed.input().data()).isEqualTo("{\"id\": \"l2\", \"text\": \"broken");
        assertThat(((IngestItem.Refused) items.get(2)).rejected().detail())
                .isEqualTo("records.jsonl:4: 'text' must be a string, was number");
    }

    @Test
    void shouldReadGzippedJsonLinesLikePlainOnes() {
        assertThat(decode("records.jsonl.gz")).extracting(FileDecoderTest::outcome)
                .isEqualTo(decode("records.jsonl").stream().map(FileDecoderTest::outcome).toList());
    }

    @Test
    void shouldRejectAnInvalidUtf8LineWithItsFileOffsetAndGoOn() {
        List<IngestItem> items = decode("invalid-utf8-line.jsonl");
        assertThat(items).extracting(FileDecoderTest::outcome).containsExactly("accepted", "invalid-encoding", "accepted");
        assertThat(((IngestItem.Refused) items.get(1)).rejected().detail())
                .isEqualTo("invalid-utf8-line.jsonl:2: invalid UTF-8 at byte offset 35");
    }

    @Test
    void shouldRejectUtf16JsonLines() {
        refused(only(decode("utf16.jsonl")), RejectReason.INVALID_ENCODING);
    }

    @Test
    void shouldRejectAJsonLinesFileOfBlankLinesAsEmpty() {
        refused(only(decode("blank-lines.jsonl")), RejectReason.EMPTY_INPUT);
    }

    @Test
    void shouldRejectAnOverlongLineAndReadTheNextOne() throws IOException {
        Path file = tmp.resolve("long.jsonl");
        String longLine = "{\"text\": \"" + "x".repeat(70_000) + "\"}";
        Files.writeString(file, "{\"text\": \"one\"}\n" + longLine + "\n{\"text\": \"three\"}\n");
        List<IngestItem> items = decode(file(file), Fixtures.LIMITS);
        assertThat(items).extracting(FileDecoderTest::outcome).containsExactly("accepted", "too-large", "accepted");
        Rejected tooLong = ((IngestItem.Refused) items.get(1)).rejected();
        assertThat(tooLong.input().originalBytes()).isEqualTo(longLine.length());
        assertThat(tooLong.input().data()).hasSize(InputCopy.MAX_BYTES);
    }

    @Test
    void shouldRejectTheRestOfAGzippedJsonLinesFileBeyondTheFileLimit() throws IOException {
        Path file = tmp.resolve("many.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 1; i <= 100; i++) {
                out.write(("{\"text\": \"article number " + i + " " + "y".repeat(80) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        List<IngestItem> items = decode(file(file), new IngestLimits(5_000, 1_000));
        IngestItem last = items.get(items.size() - 1);
        Rejected rest = refused(last, RejectReason.TOO_LARGE);
        assertThat(items.subList(0, items.size() - 1)).allMatch(i -> i instanceof IngestItem.Accepted);
        assertThat(items.size() - 1).isBetween(40, 50);
        assertThat(rest.detail()).contains("lines from " + last.source().line() + " on were not read");
    }

    @Test
    void shouldLeaveOutLinesUpToTheResumePoint() {
        List<IngestItem> items = new java.util.ArrayList<>();
        Fixtures.decoder(Fixtures.LIMITS).decode(file("records.jsonl"), 6, items::add);
        assertThat(items).extracting(i -> i.source().line()).containsExactly(7, 8, 9, 10);
    }

    static String outcome(IngestItem item) {
        return item instanceof IngestItem.Refused r ? r.rejected().reason().code() : "accepted";
    }

    static IngestItem only(List<IngestItem> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    static RawArticle accepted(IngestItem item) {
        assertThat(item).as(() -> "expected accepted, was " + item).isInstanceOf(IngestItem.Accepted.class);
        return ((IngestItem.Accepted) item).article();
    }

    static Rejected refused(IngestItem item, RejectReason reason) {
        assertThat(item).as(() -> "expected refused, was " + item).isInstanceOf(IngestItem.Refused.class);
        Rejected rejected = ((IngestItem.Refused) item).rejected();
        assertThat(rejected.reason()).as(rejected.detail()).isEqualTo(reason);
        return rejected;
    }
}
