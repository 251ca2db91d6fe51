package io.newsflow.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDiscoveryTest {
    @TempDir
    Path root;
    Path folder;

    @BeforeEach
    void makeFolder() throws IOException {
        folder = root.resolve("articles");
        for (String name : List.of("b.txt", "a.html", "sub/c.jsonl.gz", "sub/deeper/d.json", "README.md",
                "image.png", ".hidden.txt", ".git/e.txt", "draft.txt~", "f.jsonl.part", "g.tmp", "#h.txt#")) {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
    }

    private static Discovery discover(Path... inputs) {
        return new InputDiscovery().discover(List.of(inputs));
    }

    @Test
    void shouldListArticleFilesRecursivelySortedByPathRelativeToTheNamedFolder() {
        Discovery found = discover(folder);
        assertThat(found.files()).extracting(InputFile::sourcePath)
                .containsExactly("a.html", "b.txt", "sub/c.jsonl.gz", "sub/deeper/d.json");
        assertThat(found.files().get(2).type()).isEqualTo(new FileType(InputFormat.JSONL, true));
    }

    @Test
    void shouldSkipHiddenAndTemporaryFilesAndCountOtherTypesAsIgnored() {
        Discovery found = discover(folder);
        assertThat(found.ignored()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("README.md", "image.png");
        assertThat(found.missing()).isEmpty();
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void shouldNameANamedFileByItsFileNameAndTakeItEvenOfAnUnsupportedType() {
        Discovery found = discover(folder.resolve("sub/deeper/d.json"), folder.resolve("README.md"));
        assertThat(found.files()).extracting(InputFile::sourcePath).containsExactly("d.json", "README.md");
        assertThat(found.files().get(1).type().supported()).isFalse();
    }

    @Test
    void shouldReportMissingInputs() {
        Path missing = root.resolve("nope");
        Discovery found = discover(missing, folder);
        assertThat(found.missing()).containsExactly(missing);
        assertThat(found.files()).hasSize(4);
    }

    @Test
    void shouldListAFileReachedTwiceOnceFirstOccurrenceWinning() {
        Discovery found = discover(folder.resolve("b.txt"), folder, folder);
        assertThat(found.files()).extracting(InputFile::sourcePath)
                .containsExactly("b.txt", "a.html", "sub/c.jsonl.gz", "sub/deeper/d.json");
    }

    @Test
    void shouldGiveEveryFileItsAbsoluteNormalisedPathAsIdentity() {
        InputFile file = discover(folder.resolve("sub/../b.txt")).files().get(0);
        assertThat(file.identity()).isEqualTo(folder.resolve("b.txt").toAbsolutePath().toString());
    }
}
