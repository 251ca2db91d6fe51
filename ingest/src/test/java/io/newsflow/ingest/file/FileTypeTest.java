package io.newsflow.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void shouldTellFormatsByExtensionIgnoringCase() {
        assertThat(FileType.of("a.txt")).contains(new FileType(InputFormat.TEXT, false));
        assertThat(FileType.of("A.HTM")).contains(new FileType(InputFormat.HTML, false));
        assertThat(FileType.of("b.Html")).contains(new FileType(InputFormat.HTML, false));
        assertThat(FileType.of("c.json")).contains(new FileType(InputFormat.JSON, false));
        assertThat(FileType.of("d.ndjson")).contains(new FileType(InputFormat.JSONL, false));
    }

    @Test
    void shouldTellGzippedFormats() {
        assertThat(FileType.of("feed.jsonl.gz")).contains(new FileType(InputFormat.JSONL, true));
        assertThat(FileType.of("page.html.GZ")).contains(new FileType(InputFormat.HTML, true));
    }

    @Test
    void shouldNotReadOtherFiles() {
        assertThat(FileType.of("README.md")).isEmpty();
        assertThat(FileType.of("archive.gz")).isEmpty();
        assertThat(FileType.of("notes.txt.bak")).isEmpty();
        assertThat(FileType.of(".txt")).isEmpty();
    }
}
