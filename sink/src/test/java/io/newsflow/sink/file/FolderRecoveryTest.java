package io.newsflow.sink.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderRecoveryTest {
    private static final TopicPartition ARTICLES_0 = new TopicPartition("newsflow.articles", 0);
    private static final TopicPartition ARTICLES_1 = new TopicPartition("newsflow.articles", 1);
    private final OffsetRangeNaming naming = new OffsetRangeNaming();
    @TempDir
    Path out;
    private FolderRecovery recovery;
    private Path articles;
    private Path rejected;

    @BeforeEach
    void makeFolders() throws IOException {
        articles = Files.createDirectories(out.resolve("articles"));
        rejected = Files.createDirectories(out.resolve("rejected"));
        recovery = new FolderRecovery(naming, new FileSetCommit(out));
    }

    @Test
    void shouldResumeAfterLargestLastOffsetAcrossGaps() throws IOException {
        file(articles, ARTICLES_0, 0, 9);
        file(articles, ARTICLES_0, 12, 20); // 10 and 11: a commit marker and an aborted record
        file(articles, ARTICLES_0, 22, 30);

        assertThat(recoverArticles().get(ARTICLES_0).nextOffset()).hasValue(31);
    }

    @Test
    void shouldCountDeadLetterFilesInTheRejectsFolder() throws IOException {
        file(articles, ARTICLES_0, 0, 9);
        file(rejected, ARTICLES_0, 10, 10);

        assertThat(recoverArticles().get(ARTICLES_0).nextOffset()).hasValue(11);
    }

    @Test
    void shouldIgnoreOtherPartitionsTopicsAndForeignFiles() throws IOException {
        file(articles, ARTICLES_0, 0, 4);
        file(articles, ARTICLES_1, 0, 99);
        file(rejected, new TopicPartition("newsflow.rejected", 0), 0, 500);
        Files.writeString(articles.resolve("README.txt"), "not ours");

        Map<TopicPartition, Recovered> result = recovery.recover(List.of(ARTICLES_0), List.of(articles, rejected));

        assertThat(result).containsOnlyKeys(ARTICLES_0);
        assertThat(result.get(ARTICLES_0).nextOffset()).hasValue(5);
    }

    @Test
    void shouldFindNothingInEmptyOrMissingFolders() {
        Map<TopicPartition, Recovered> result =
                recovery.recover(List.of(ARTICLES_0), List.of(articles, out.resolve("no-such-folder")));

        assertThat(result.get(ARTICLES_0).nextOffset()).isEmpty();
        assertThat(result.get(ARTICLES_0).deletedTempFiles()).isEmpty();
    }

    @Test
    void shouldDeleteStaleTempFilesOfRecoveredPartitionsOnly() throws IOException {
        file(articles, ARTICLES_0, 0, 9);
        Path stale = temp(articles, ARTICLES_0, 10);
        Path staleDeadLetters = temp(rejected, ARTICLES_0, 15);
        Path otherPartition = temp(articles, ARTICLES_1, 0);

        Recovered result = recoverArticles().get(ARTICLES_0);

        assertThat(result.nextOffset()).hasValue(10);
        assertThat(result.deletedTempFiles()).containsExactlyInAnyOrder(stale, staleDeadLetters);
        assertThat(stale).doesNotExist();
        assertThat(staleDeadLetters).doesNotExist();
        assertThat(otherPartition).exists();
    }

    @Test
    void shouldFindFilesInPartitionSubFoldersAndGzippedFiles() throws IOException {
        Path world = Files.createDirectories(articles.resolve("category=world"));
        file(world, ARTICLES_0, 0, 9);
        Files.writeString(articles.resolve(new OffsetRangeNaming(OffsetRangeNaming.GZIP_EXTENSION)
                .fileName(new FileRange(ARTICLES_0, 10, 14))), "");

        assertThat(recoverArticles().get(ARTICLES_0).nextOffset()).hasValue(15);
    }

    @Test
    void shouldCompleteASetWhoseManifestWasWrittenBeforeTheCrash() throws IOException {
        Path world = Files.createDirectories(articles.resolve("category=world"));
        Path sport = Files.createDirectories(articles.resolve("category=sport"));
        file(world, ARTICLES_0, 0, 3);
        Path renamed = world.resolve(naming.fileName(new FileRange(ARTICLES_0, 4, 6)));
        Files.writeString(renamed, "{\"renamed\":true}\n");
        Path pending = temp(sport, ARTICLES_0, 5);
        Path target = sport.resolve(naming.fileName(new FileRange(ARTICLES_0, 5, 7)));
        Path manifests = Files.createDirectories(out.resolve(FileSetCommit.FOLDER));
        Files.writeString(manifests.resolve("newsflow.articles+0+00000000000000000004-00000000000000000007.manifest"),
                ".../category=world/." + renamed.getFileName() + ".tmp\tarticles/category=world/" + renamed.getFileName()
                        + "\narticles/category=sport/" + pending.getFileName() + "\tarticles/category=sport/"
                        + target.getFileName() + "\n");

        Recovered result = recoverArticles().get(ARTICLES_0);

        assertThat(result.nextOffset()).hasValue(8);
        assertThat(target).exists();
        assertThat(pending).doesNotExist();
        assertThat(manifests).isEmptyDirectory();
    }

    @Test
    void shouldDropASetWithoutManifestWholly() throws IOException {
        Path world = Files.createDirectories(articles.resolve("category=world"));
        Path sport = Files.createDirectories(articles.resolve("category=sport"));
        file(world, ARTICLES_0, 0, 3);
        Path first = temp(world, ARTICLES_0, 4);
        Path second = temp(sport, ARTICLES_0, 5);

        Recovered result = recoverArticles().get(ARTICLES_0);

        assertThat(result.nextOffset()).hasValue(4);
        assertThat(result.deletedTempFiles()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void shouldRefuseAManifestThatNamesAFileOutsideTheOutputFolder() throws IOException {
        Path manifests = Files.createDirectories(out.resolve(FileSetCommit.FOLDER));
        Files.writeString(manifests.resolve("newsflow.articles+0+00000000000000000000-00000000000000000001.manifest"),
                "../../x.tmp\t../../y.jsonl\n");

        assertThatThrownBy(this::recoverArticles).hasMessageContaining("outside");
    }

    private Map<TopicPartition, Recovered> recoverArticles() {
        return recovery.recover(List.of(ARTICLES_0), List.of(articles, rejected));
    }

    private void file(Path folder, TopicPartition partition, long first, long last) throws IOException {
        Files.writeString(folder.resolve(naming.fileName(new FileRange(partition, first, last))), "{}\n");
    }

    private Path temp(Path folder, TopicPartition partition, long first) throws IOException {
        return Files.writeString(folder.resolve(naming.tempName(partition, first)), "{\"half\":");
    }
}
